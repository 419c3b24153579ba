package com.mastertrade.metrics.evolution.live;

import java.util.Map;

/**
 * One sample line.
 *
 * @param name the sample's name, suffix included ({@code _bucket}, {@code _total}, ...)
 * @param labels its labels in exposition order
 */
public record Sample(String name, Map<String, String> labels, double value) {}
