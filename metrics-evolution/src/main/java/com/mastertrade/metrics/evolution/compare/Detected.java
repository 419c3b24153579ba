package com.mastertrade.metrics.evolution.compare;

/** A change as a comparator finds it, with what its impact is to be looked up for. */
record Detected(Change change, ImpactScope scope) {}
