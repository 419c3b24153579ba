package com.mastertrade.metrics.processor.declarations;

/** A named example query declared with {@code @ExampleQueries}. */
public record QueryModel(String name, String description, ExpressionModel expr) {}
