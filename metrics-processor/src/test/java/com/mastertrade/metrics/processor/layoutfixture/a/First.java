package com.mastertrade.metrics.processor.layoutfixture.a;

import com.mastertrade.metrics.processor.layoutfixture.b.Second;

/** One half of a package cycle, for the test that the cycle rule can fail. */
public final class First {
  public Second next() {
    return new Second();
  }
}
