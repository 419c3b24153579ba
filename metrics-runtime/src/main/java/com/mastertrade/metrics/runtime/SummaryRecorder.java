package com.mastertrade.metrics.runtime;

/** One series of a summary, its labels already bound. */
public interface SummaryRecorder extends DistributionRecorder {}
