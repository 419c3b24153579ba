package com.example.shop;

import com.mastertrade.metrics.annotations.AlertRoute;
import com.mastertrade.metrics.annotations.Alerting;
import com.mastertrade.metrics.annotations.Receiver;
import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.annotations.Severity;

@Alerting(
    schema = ShopMetrics.class,
    receiverJob = "alerts",
    receiverCredentialsFile = "alerts-token",
    serviceDownAlert = "ShopDown",
    jobDownAlert = "ShopAllDown",
    runbookBaseUrl = "https://runbooks.example/shop/",
    dashboardBaseUrl = "https://grafana.example",
    receivers = {
      @Receiver(
          name = "shop_pager",
          kind = ReceiverKind.PAGERDUTY,
          secretFile = "secrets/pagerduty-routing-key"),
      @Receiver(
          name = "shop_chat",
          kind = ReceiverKind.SLACK,
          secretFile = "secrets/slack-webhook-url",
          channel = "#shop"),
      @Receiver(
          name = "shop_desk",
          kind = ReceiverKind.EMAIL,
          to = "desk@shop.example",
          from = "alertmanager@shop.example",
          smarthost = "smtp.shop.example:587",
          username = "alertmanager",
          secretFile = "secrets/smtp-password"),
      @Receiver(
          name = "shop_tickets",
          kind = ReceiverKind.WEBHOOK,
          url = "https://tickets.shop.example/alertmanager",
          secretFile = "secrets/tickets-token"),
      @Receiver(
          name = "shop_switch",
          kind = ReceiverKind.WEBHOOK,
          url = "https://hc-ping.example/shop")
    },
    watchdogReceiver = "shop_switch",
    routes = {
      @AlertRoute(receiver = "shop_pager", severities = {Severity.PAGE, Severity.CRITICAL}),
      @AlertRoute(receiver = "shop_chat", severities = {Severity.WARNING, Severity.TICKET}),
      @AlertRoute(receiver = "shop_desk", jobs = "shop", severities = Severity.TICKET),
      @AlertRoute(receiver = "shop_tickets", slos = "fills")
    })
public interface ShopRouting {}
