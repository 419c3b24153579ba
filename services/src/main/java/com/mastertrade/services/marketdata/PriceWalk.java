package com.mastertrade.services.marketdata;

import java.util.Random;

/**
 * A synthetic but realistic price: geometric Brownian motion with a slowly changing drift, so the
 * strategy's model has something to learn and something to drift from. No exchange is reachable
 * from the project's machines, so this stands in for a market feed.
 */
final class PriceWalk {
  private final Random random;
  private final double volatilityPerTick;
  private double price;
  private double drift;

  PriceWalk(double startPrice, double volatilityPerTick, long seed) {
    this.price = startPrice;
    this.volatilityPerTick = volatilityPerTick;
    this.random = new Random(seed);
  }

  /** Advances one tick and returns the new price. */
  double next() {
    // The drift is an AR(1) process: trends persist for a while, then fade or turn.
    drift = 0.98 * drift + 0.02 * random.nextGaussian() * volatilityPerTick;
    double shock = random.nextGaussian() * volatilityPerTick;
    price *= Math.exp(drift + shock - volatilityPerTick * volatilityPerTick / 2);
    return price;
  }

  double price() {
    return price;
  }
}
