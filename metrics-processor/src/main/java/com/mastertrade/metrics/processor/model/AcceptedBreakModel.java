package com.mastertrade.metrics.processor.model;

/**
 * An {@code @AcceptedBreak} of the schema: a breaking change against the baseline accepted with a
 * reason.
 *
 * @param change the {@code SchemaChange} constant's name
 * @param element the changed element as the compatibility report names it
 */
public record AcceptedBreakModel(String change, String element, String reason, Origin origin) {}
