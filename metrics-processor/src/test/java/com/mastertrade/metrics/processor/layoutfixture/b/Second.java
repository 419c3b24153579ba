package com.mastertrade.metrics.processor.layoutfixture.b;

import com.mastertrade.metrics.processor.layoutfixture.a.First;

/** The other half of a package cycle, for the test that the cycle rule can fail. */
public final class Second {
  public First previous() {
    return new First();
  }
}
