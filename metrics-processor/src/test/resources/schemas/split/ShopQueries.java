package com.example.shop;

import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.Query;

/** Declared in a file of its own, naming its schema. */
@ExampleQueries(schema = ShopMetrics.class, value = {
  @Query(name = "Buy share", description = "Share of orders that buy.",
      expr = "sum(rate({Orders.placed}{side=\"buy\"}[5m])) / sum(rate({Orders.placed}[5m]))"),
  @Query(name = "Mean fill time", description = "Average time to fill an order.",
      expr = "sum(rate({Orders.fillDuration:sum}[5m])) / sum(rate({Orders.fillDuration:count}[5m]))")
})
public interface ShopQueries {}
