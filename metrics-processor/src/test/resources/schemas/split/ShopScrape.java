package com.example.shop;

import com.mastertrade.metrics.annotations.ScrapeConfig;
import com.mastertrade.metrics.annotations.ScrapeTarget;

/** Declared in a file of its own, naming its schema. */
@ScrapeConfig(
    schema = ShopMetrics.class,
    targets = {@ScrapeTarget(job = "shop", port = 8080), @ScrapeTarget(job = "alerts", port = 8081, path = "/actuator/prometheus", scheme = "https")})
public interface ShopScrape {}
