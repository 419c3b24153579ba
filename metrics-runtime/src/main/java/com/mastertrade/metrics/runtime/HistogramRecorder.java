package com.mastertrade.metrics.runtime;

/** One series of a histogram, its labels already bound. */
public interface HistogramRecorder extends DistributionRecorder {}
