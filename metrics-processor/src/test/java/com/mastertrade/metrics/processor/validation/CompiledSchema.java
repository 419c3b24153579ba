package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.annotations.MetricsSchema;

/**
 * A schema compiled before the tests run (the metrics processor is not on this module's processor
 * path), so that a test can name a schema that its own compilation does not compile. It is never
 * read, so it needs no category.
 */
@MetricsSchema(namespace = "compiled")
public interface CompiledSchema {}
