package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Optional;

/**
 * A range, step or offset: {@code 5m}, {@code 1h30m}, {@code -10s}, or a Grafana variable that
 * Grafana replaces with one ({@code $__rate_interval}).
 *
 * @param millis the length (negative for a negative offset), 0 for a variable
 * @param variable the variable's name as written, if it is one
 */
public record PromqlDuration(long millis, Optional<String> variable, int start, int end) {}
