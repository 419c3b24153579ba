package com.mastertrade.metrics.evolution.cli;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.evolution.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command lines: their exit codes, messages and written reports. */
class MainsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void compareFailsOnABreakingChangeListingItsImpact(@TempDir Path dir) throws Exception {
    Path markdown = dir.resolve("report.md");

    int exit = compare("metric_removed", "--markdown", markdown.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(stderr())
        .isEqualTo(
            "ERROR: 1 breaking change against the baseline schema, not acknowledged:\n"
                + "  Metric removed: shop_queues_depth (gauge -> )\n"
                + "    impact: panel Shop / Overview / Queue depth (baseline only)\n"
                + "Declare a rename with its former name, deprecate for one baseline before"
                + " removing, or add an accepted-break entry with its reason.\n"
                + "Full report: "
                + markdown
                + "\n");
    assertThat(Files.readString(markdown))
        .isEqualTo(Golden.read(Path.of("compare/metric_removed/report.md")));
  }

  @Test
  void comparePassesQuietlyOnAnAcceptedBreak(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("out/report.json");

    int exit = compare("buckets_changed_accepted", "--json", json.toString());

    assertThat(exit).isEqualTo(0);
    assertThat(stderr()).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readString(json))
        .isEqualTo(Golden.read(Path.of("compare/buckets_changed_accepted/report.json")));
  }

  @Test
  void compareRefusesAnInvalidSnapshot(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1}");

    int exit =
        CompareMain.run(
            new String[] {"--baseline", bad.toString(), "--current", bad.toString()},
            new PrintStream(out),
            new PrintStream(err));

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).startsWith("ERROR: " + bad + " is not a valid schema snapshot:");
  }

  @Test
  void compareNamesAMissingOption() {
    int exit =
        CompareMain.run(
            new String[] {"--baseline", "x"}, new PrintStream(out), new PrintStream(err));

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).startsWith("ERROR: --current is required\nusage: compare");
  }

  @Test
  void compareNamesAMissingFile() {
    int exit =
        CompareMain.run(
            new String[] {"--baseline", "nowhere.json", "--current", "nowhere.json"},
            new PrintStream(out),
            new PrintStream(err));

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).isEqualTo("ERROR: no such file: nowhere.json\n");
  }

  @Test
  void liveCheckPassesOnAConformingExposition() throws Exception {
    int exit = liveCheck("shop=" + resource("live/shop.om.txt"));

    assertThat(exit).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Result: PASSED, no mismatch\n");
  }

  @Test
  void liveCheckFailsOnMissingCoverageWhenRequired() throws Exception {
    int exit =
        liveCheck("--require-full-coverage", "--json", "shop=" + resource("live/shop.om.txt"));

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"notExposedAnywhere\": [\n      \"shop_queues_depth\"");
  }

  @Test
  void liveCheckFailsOnAMismatch(@TempDir Path dir) throws Exception {
    String text = Golden.read(Path.of("live/shop.om.txt")).replace("le=\"10.0\"", "le=\"5.0\"");
    Path exposition = Files.writeString(dir.resolve("wrong.txt"), text);

    int exit = liveCheck("shop=" + exposition);

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("  MISMATCH histogram buckets differ: shop_http_request_duration_seconds: ");
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("Result: FAILED, 1 mismatch\n");
  }

  @Test
  void liveCheckNamesAMalformedExposition(@TempDir Path dir) throws Exception {
    Path exposition = Files.writeString(dir.resolve("broken.txt"), "a{b=1} 1\n");

    int exit = liveCheck("x=" + exposition);

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).isEqualTo("ERROR: " + exposition + ": line 1: expected '\"': a{b=1} 1\n");
  }

  @Test
  void liveCheckNamesAnUnreachableService() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/metrics";

    int exit = liveCheck("gone=" + url);

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).startsWith("ERROR: " + url + " is unreachable: java.net.ConnectException");
  }

  @Test
  void liveCheckScrapesAndNegotiatesOpenMetrics() throws Exception {
    String body = Golden.read(Path.of("live/shop.om.txt"));
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    java.util.List<String> accepted = new java.util.ArrayList<>();
    server.createContext(
        "/metrics",
        exchange -> {
          accepted.add(exchange.getRequestHeaders().getFirst("Accept"));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange
              .getResponseHeaders()
              .add("Content-Type", "application/openmetrics-text; version=1.0.0; charset=utf-8");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/metrics";

      int exit = liveCheck("shop=" + url);

      assertThat(exit).isEqualTo(0);
      assertThat(accepted.get(0)).startsWith("application/openmetrics-text");
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("shop (" + url + ", OpenMetrics): 4 of 5 declared metrics (80.0%) exposed");
    } finally {
      server.stop(0);
    }
  }

  private int compare(String name, String... extra) {
    Path dir = Golden.RESOURCES.resolve("compare").resolve(name);
    String[] args = new String[4 + extra.length];
    args[0] = "--baseline";
    args[1] = dir.resolve("baseline.json").toString();
    args[2] = "--current";
    args[3] = dir.resolve("current.json").toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CompareMain.run(args, new PrintStream(out), new PrintStream(err));
  }

  private int liveCheck(String... targets) throws InterruptedException {
    String[] args = new String[2 + targets.length];
    args[0] = "--snapshot";
    args[1] = resource("live/shop-snapshot.json");
    System.arraycopy(targets, 0, args, 2, targets.length);
    return LiveCheckMain.run(args, new PrintStream(out), new PrintStream(err));
  }

  private static String resource(String path) {
    return Golden.RESOURCES.resolve(path).toString();
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
