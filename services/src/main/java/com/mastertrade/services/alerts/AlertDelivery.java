package com.mastertrade.services.alerts;

import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.tracking.AlertDeliveries;
import com.mastertrade.services.common.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an alert to a webhook (an HTTP POST of its JSON) and to a log sink (a JSON line appended
 * to a file), timing each delivery and counting its success or failure per channel. People are
 * notified by Alertmanager's own integrations (PagerDuty, Slack, e-mail), not from here.
 */
final class AlertDelivery {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);

  /** The channels every alert is delivered by. */
  static final List<AlertChannel> CHANNELS = List.of(AlertChannel.WEBHOOK, AlertChannel.LOG);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI webhook;
  private final String webhookAuthorization;
  private final Path logFile;
  private final AlertDeliveries deliveries;

  /**
   * @param webhookAuthorization the {@code Authorization} header of webhook calls, or null for none
   */
  AlertDelivery(
      URI webhook, String webhookAuthorization, Path logFile, AlertDeliveries deliveries) {
    this.webhook = webhook;
    this.webhookAuthorization = webhookAuthorization;
    this.logFile = logFile;
    this.deliveries = deliveries;
  }

  /**
   * Delivers {@code alert} by {@code channel}, timed and counted as delivered or failed; returns
   * false, logged, if it failed.
   */
  boolean deliver(RaisedAlert alert, AlertChannel channel) {
    byte[] body = Json.write(alert);
    TimedCall<Void, Exception> attempt =
        switch (channel) {
          case WEBHOOK -> () -> postToWebhook(body);
          case LOG -> () -> appendToLog(body);
        };
    try {
      deliveries.deliver(channel, alert.priority(), attempt);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      LOG.warn("delivering {} by {} failed: {}", alert.type(), channel, e.toString());
      return false;
    }
  }

  private Void postToWebhook(byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(webhook)
            .timeout(Duration.ofSeconds(2))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (webhookAuthorization != null) {
      request.header("Authorization", webhookAuthorization);
    }
    HttpResponse<Void> response =
        client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook answered " + response.statusCode());
    }
    return null;
  }

  private synchronized Void appendToLog(byte[] body) throws IOException {
    Files.write(
        logFile,
        (new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return null;
  }
}
