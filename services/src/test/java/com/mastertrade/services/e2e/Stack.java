package com.mastertrade.services.e2e;

import com.mastertrade.services.common.ServiceName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The stack as the scripts start and stop it, in a stack directory of the test's own. */
final class Stack {
  /** Every service's name and port, from the services' own list. */
  static final Map<String, Integer> PORTS = ports();

  private final Path root;
  private final Path stackDir;
  private final Map<String, String> environment;

  /** A stack whose services get {@code environment} on top of the test's own. */
  Stack(Path root, Path stackDir, Map<String, String> environment) {
    this.root = root;
    this.stackDir = stackDir;
    this.environment = Map.copyOf(environment);
  }

  /** The repository root, found from the services module the test runs in. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("scripts/stack-start.sh"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("scripts/stack-start.sh not found above the working dir");
    }
    return dir;
  }

  /**
   * Runs stack-start.sh without building (Maven just did); fails with its output if it fails. Six
   * JVMs, Zipkin and the notification fakes start in about a minute on two idle cores; the limit
   * leaves room for a busy machine.
   */
  void start() throws IOException, InterruptedException {
    int exit = run("stack-start.sh", 420);
    if (exit != 0) {
      throw new IllegalStateException(
          "stack-start.sh exited " + exit + ":\n" + Files.readString(output("stack-start.sh")));
    }
  }

  /** Starts {@code service} again after {@link #stopService}, as stack-start.sh starts it. */
  void startService(String service) throws IOException, InterruptedException {
    int exit = run("stack-start.sh", 120, service);
    if (exit != 0) {
      throw new IllegalStateException(
          "stack-start.sh "
              + service
              + " exited "
              + exit
              + ":\n"
              + Files.readString(output("stack-start.sh")));
    }
  }

  /** The log file of {@code service}. */
  Path log(String service) {
    return stackDir.resolve("logs/" + service + ".log");
  }

  void stop() throws IOException, InterruptedException {
    run("stack-stop.sh", 120);
  }

  /**
   * Whether the stack runs Prometheus 3.5 and Alertmanager 0.33 ({@code STACK_PROMETHEUS=3.5},
   * which stack-start.sh reads), rather than Debian's 2.42 and 0.25.
   */
  static boolean prometheus3() {
    return "3.5".equals(System.getenv("STACK_PROMETHEUS"));
  }

  /**
   * The stack directory {@code services/target/<name>}, suffixed on Prometheus 3.5 so a run on
   * each version keeps its own logs and reports.
   */
  static Path directory(Path root, String name) {
    return root.resolve("services/target/" + name + (prometheus3() ? "-prometheus-3.5" : ""));
  }

  /** The stack's Prometheus, from {@code prometheus.url}. */
  String prometheusUrl() throws IOException {
    return Files.readString(stackDir.resolve("prometheus.url")).trim();
  }

  /** The stack's Alertmanager, which Prometheus sends its alerts to. */
  String alertmanagerUrl() throws IOException {
    return Files.readString(stackDir.resolve("alertmanager.url")).trim();
  }

  /** The stack's Zipkin server, from {@code zipkin.url}. */
  String zipkinUrl() throws IOException {
    return Files.readString(stackDir.resolve("zipkin.url")).trim();
  }

  /** Where a test writes what it measured, next to the stack's logs. */
  Path reportFile(String name) {
    return stackDir.resolve(name);
  }

  /** The Prometheus agents remote-writing to {@link #prometheusUrl}, in the remote-write mode. */
  List<String> senderUrls() throws IOException {
    return Files.readAllLines(stackDir.resolve("senders.url"));
  }

  /**
   * The API key stack-start.sh created for this stack's clients, sent to the gateway as {@code
   * Authorization: Bearer <key>}.
   */
  String apiKey() throws IOException {
    return Files.readString(stackDir.resolve("api-key")).trim();
  }

  /**
   * The internal credential the services require of every call but {@code /metrics}, as {@code
   * Authorization: Bearer <credential>}: for a test that calls a service directly.
   */
  String internalCredential() throws IOException {
    return Files.readString(stackDir.resolve("internal-credential")).trim();
  }

  long pid(String service) throws IOException {
    return Long.parseLong(Files.readString(stackDir.resolve("pids/" + service + ".pid")).trim());
  }

  /** Stops one service the way stack-stop.sh does: SIGTERM to its own pid, then waits. */
  void stopService(String service) throws IOException, InterruptedException {
    ProcessHandle handle =
        ProcessHandle.of(pid(service))
            .orElseThrow(() -> new IllegalStateException(service + " is not running"));
    handle.destroy();
    handle.onExit().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
  }

  /**
   * Runs the operator's tool {@code scripts/<script>} with the stack's settings and returns what it
   * printed; fails unless it exits 0.
   */
  String runTool(String script, String... arguments) throws IOException, InterruptedException {
    int exit = run(script, 60, arguments);
    String printed = Files.readString(output(script));
    if (exit != 0) {
      throw new IllegalStateException(script + " exited " + exit + ": " + printed);
    }
    return printed;
  }

  private int run(String script, long timeoutSeconds, String... arguments)
      throws IOException, InterruptedException {
    Files.createDirectories(stackDir);
    List<String> command =
        new ArrayList<>(List.of("bash", root.resolve("scripts/" + script).toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output(script).toFile());
    builder.environment().putAll(environment);
    builder.environment().put("STACK_DIR", stackDir.toString());
    builder.environment().put("SKIP_BUILD", "1");
    Process process = builder.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(script + " did not finish in " + timeoutSeconds + " s");
    }
    return process.exitValue();
  }

  private static Map<String, Integer> ports() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (ServiceName service : ServiceName.values()) {
      ports.put(service.id(), service.defaultPort());
    }
    return Map.copyOf(ports);
  }

  private Path output(String script) {
    return stackDir.resolve(script + ".out");
  }
}
