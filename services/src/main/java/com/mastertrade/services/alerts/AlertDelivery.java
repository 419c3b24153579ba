package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.MasterTradeMetrics.AlertChannel;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an alert to a webhook (an HTTP POST of its JSON) and to a log sink (a JSON line appended
 * to a file), timing each delivery and counting its success or failure per channel.
 */
final class AlertDelivery {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI webhook;
  private final Path logFile;
  private final MasterTradeMetrics.Alerts metrics;

  AlertDelivery(URI webhook, Path logFile, MasterTradeMetrics.Alerts metrics) {
    this.webhook = webhook;
    this.logFile = logFile;
    this.metrics = metrics;
  }

  void deliver(Alert alert) {
    byte[] body = Json.write(alert);
    deliver(AlertChannel.WEBHOOK, alert, () -> postToWebhook(body));
    deliver(AlertChannel.LOG, alert, () -> appendToLog(body));
  }

  private interface Attempt {
    void run() throws IOException, InterruptedException;
  }

  private void deliver(AlertChannel channel, Alert alert, Attempt attempt) {
    long start = System.nanoTime();
    try {
      attempt.run();
      metrics.delivered(channel, alert.priority()).inc();
    } catch (IOException e) {
      metrics.deliveryFailures(channel, alert.priority()).inc();
      LOG.warn("delivering {} by {} failed: {}", alert.type(), channel, e.toString());
    } catch (InterruptedException e) {
      metrics.deliveryFailures(channel, alert.priority()).inc();
      Thread.currentThread().interrupt();
    } finally {
      metrics.deliveryDuration(channel).observeNanos(System.nanoTime() - start);
    }
  }

  private void postToWebhook(byte[] body) throws IOException, InterruptedException {
    HttpResponse<Void> response =
        client.send(
            HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook answered " + response.statusCode());
    }
  }

  private synchronized void appendToLog(byte[] body) throws IOException {
    Files.write(
        logFile,
        (new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
