package com.example.shop;

import com.mastertrade.metrics.annotations.Alerting;

@Alerting(
    schema = ShopMetrics.class,
    receiverJob = "alerts",
    receiverCredentialsFile = "alerts-token",
    serviceDownAlert = "ShopDown",
    runbookBaseUrl = "https://runbooks.example/shop/",
    dashboardBaseUrl = "https://grafana.example")
public interface ShopRouting {}
