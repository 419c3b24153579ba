package com.mastertrade.metrics.evolution.snapshot;

/**
 * A deprecated metric or label value.
 *
 * @param since the release that deprecated it
 * @param replacement what to use instead, empty if nothing
 */
public record DeprecationSnapshot(String since, String reason, String replacement) {}
