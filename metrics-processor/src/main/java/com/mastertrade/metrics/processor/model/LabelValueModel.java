package com.mastertrade.metrics.processor.model;

import java.util.Optional;

/**
 * One value of a closed label as declared: the constant that records it and the exposed value.
 *
 * @param constant the enum constant's name, or {@code false} and {@code true} for booleans
 * @param value the label value as exposed
 */
public record LabelValueModel(String constant, String value, Optional<Deprecation> deprecation) {}
