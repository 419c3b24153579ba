package com.mastertrade.metrics.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Spring MVC application that uses the starter as any application would: nothing to wire. */
@SpringBootApplication
public class ShopApplication {
  @RestController
  static class OrderController {
    private final ShopMetrics.Orders metrics;

    OrderController(ShopMetrics.Orders metrics) {
      this.metrics = metrics;
    }

    @PostMapping("/orders/{country}")
    String place(@PathVariable("country") String country) {
      metrics.placed(country).inc();
      return "placed";
    }

    @GetMapping("/boom")
    String boom() {
      throw new IllegalStateException("boom");
    }
  }
}
