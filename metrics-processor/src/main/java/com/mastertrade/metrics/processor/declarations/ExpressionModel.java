package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;

/**
 * A PromQL template as written in a declaration, with where it was written.
 *
 * @param template PromQL in which {@code {Category.method}} stands for a metric of the schema
 * @param what a short description for diagnostics, e.g. {@code panel 'Order fill rate'}
 * @param origin the element and the (possibly nested) annotation that holds the template
 * @param attribute the annotation attribute that holds it
 */
public record ExpressionModel(String template, String what, Origin origin, String attribute) {}
