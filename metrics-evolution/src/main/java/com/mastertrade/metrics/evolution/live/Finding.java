package com.mastertrade.metrics.evolution.live;

/**
 * One thing the live check found in one service's exposition.
 *
 * @param family the exposed family (or declared metric) it concerns
 * @param detail what was exposed against what the schema declares
 */
public record Finding(FindingKind kind, String family, String detail) {}
