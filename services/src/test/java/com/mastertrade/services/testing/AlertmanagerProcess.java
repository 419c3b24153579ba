package com.mastertrade.services.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Alertmanager on a free port of 127.0.0.1, running a configuration from a folder of the
 * test's own, without clustering; stopped by its own process.
 */
public final class AlertmanagerProcess implements AutoCloseable {
  /** Debian 12's Alertmanager, on the PATH. */
  public static final String DEBIAN = "prometheus-alertmanager";

  private final Process process;
  private final Path log;
  private final String baseUrl;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private AlertmanagerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /**
   * Alertmanager 0.33 as the test command fetches it: {@code $ALERTMANAGER_0_33}, else {@code
   * tools/alertmanager-0.33/bin/alertmanager} of the checkout.
   */
  public static String lts() {
    String configured = System.getenv("ALERTMANAGER_0_33");
    Path binary =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of("..", "tools", "alertmanager-0.33", "bin", "alertmanager").toAbsolutePath();
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "no Alertmanager 0.33 at " + binary + ": run scripts/fetch-prometheus-lts.sh");
    }
    return binary.normalize().toString();
  }

  /** Starts {@code binary} with {@code config}, in its folder, and waits until it is ready. */
  public static AlertmanagerProcess start(String binary, Path config) throws Exception {
    Path dir = config.getParent();
    int port = FreePorts.next();
    Path log = dir.resolve("alertmanager.log");
    Process process =
        new ProcessBuilder(
                binary,
                "--config.file=" + config,
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=")
            // Alertmanager reads routing_key_file, api_url_file and auth_password_file relative to
            // its working directory (credentials_file relative to the configuration): run it from
            // the configuration's folder, as the stack does, so that both mean the same file.
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    AlertmanagerProcess alertmanager = new AlertmanagerProcess(process, log, port);
    try {
      alertmanager.awaitReady();
    } catch (Exception | Error e) {
      alertmanager.close();
      throw e;
    }
    return alertmanager;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public AlertmanagerApi api() {
    return new AlertmanagerApi(client, baseUrl);
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  /** The sum of a counter's samples whose labels contain {@code labels}, e.g. {@code integration="slack"}. */
  public double counter(String name, String labels) throws IOException, InterruptedException {
    String metrics =
        client
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher sample =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
    double sum = 0;
    while (sample.find()) {
      if (sample.group(1).contains(labels)) {
        sum += Double.parseDouble(sample.group(2));
      }
    }
    return sum;
  }

  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Alertmanager exited: " + log());
      }
      try {
        HttpResponse<Void> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/-/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Alertmanager not ready at " + baseUrl + ": " + log());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
