package com.mastertrade.services.e2e;

import java.time.Duration;

/**
 * Waits for a state of the running stack that arrives asynchronously (a scrape, a fill). The
 * deadline only bounds the wait; the assertion is on the state, not on how long it took.
 */
final class Eventually {
  private Eventually() {}

  @FunctionalInterface
  interface Check {
    boolean holds() throws Exception;
  }

  static void await(String what, Duration deadline, Check check) throws Exception {
    long end = System.nanoTime() + deadline.toNanos();
    while (!check.holds()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("never happened within " + deadline + ": " + what);
      }
      Thread.sleep(500);
    }
  }
}
