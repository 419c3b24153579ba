package com.mastertrade.metrics.processor.promql.syntax;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks {@code promtool check rules} of a target's version which expressions parse: all of them in
 * one rule file, one recording rule each, as promtool 2.42 has no parse command; for a target with
 * experimental functions, with {@code --enable-feature=promql-experimental-functions}. promtool
 * 2.42 is Debian 12's ({@code /usr/bin/promtool} or {@code PROMTOOL}), 3.5 the one {@code
 * scripts/fetch-prometheus-lts.sh} unpacks into {@code tools/prometheus-3.5} ({@code PROMTOOL_3}).
 * A missing promtool fails the test that uses it.
 */
final class Promtool {
  private static final Pattern FAILED_RULE = Pattern.compile("\"expr_(\\d+)\": (.*)");

  private Promtool() {}

  /** For each expression rejected, by its index, promtool's message. */
  static Map<Integer, String> rejected(List<String> expressions, PromqlTarget target)
      throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode file = json.createObjectNode();
    ArrayNode rules =
        file.putArray("groups").addObject().put("name", "cross_check").putArray("rules");
    for (int i = 0; i < expressions.size(); i++) {
      rules.addObject().put("record", "expr_" + i).put("expr", expressions.get(i));
    }
    Path dir = Files.createTempDirectory("promtool-cross-check");
    Path rulesFile = dir.resolve("cross-check.rules.json");
    Path output = dir.resolve("promtool.out");
    try {
      json.writeValue(rulesFile.toFile(), file);
      List<String> command = new ArrayList<>(List.of(promtool(target.version())));
      if (target.experimentalFunctions()) {
        command.add("--enable-feature=promql-experimental-functions");
      }
      command.addAll(List.of("check", "rules", rulesFile.toString()));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("promtool check rules did not finish in 120 s");
      }
      String out = Files.readString(output);
      Map<Integer, String> rejected = new TreeMap<>();
      Matcher failed = FAILED_RULE.matcher(out);
      while (failed.find()) {
        rejected.put(Integer.parseInt(failed.group(1)), failed.group(2));
      }
      if (process.exitValue() != 0 && rejected.isEmpty()) {
        throw new AssertionError("promtool failed without naming a rule:\n" + out);
      }
      return rejected;
    } finally {
      Files.deleteIfExists(rulesFile);
      Files.deleteIfExists(output);
      Files.deleteIfExists(dir);
    }
  }

  /** The promtool of {@code version}. */
  static String promtool(PrometheusVersion version) {
    String path =
        switch (version) {
          case V2_42 -> System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool");
          case V3_5 ->
              Optional.ofNullable(System.getenv("PROMTOOL_3"))
                  .orElseGet(() -> inCheckout("tools/prometheus-3.5/bin/promtool"));
        };
    if (!Files.isExecutable(Path.of(path))) {
      throw new AssertionError(
          path
              + " not found: install the Debian package prometheus (2.42) and run"
              + " scripts/fetch-prometheus-lts.sh (3.5), or set PROMTOOL / PROMTOOL_3");
    }
    return path;
  }

  /** {@code relative} in the checkout the test runs in (a module's folder or the root). */
  private static String inCheckout(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative).toString();
      }
    }
    return relative;
  }
}
