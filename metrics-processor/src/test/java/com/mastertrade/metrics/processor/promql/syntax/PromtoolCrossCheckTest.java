package com.mastertrade.metrics.processor.promql.syntax;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser accepts exactly what the promtool of each target accepts: the hand-written corpora
 * (every construct, every function by name, the mistakes people make, and what Prometheus 3 added)
 * plus, for every function of any version, a call of the right shape, one argument too many, one
 * too few and each argument of the wrong type. Every expression goes to every target: promtool
 * 2.42, promtool 3.5, and promtool 3.5 with experimental functions decide which are valid, not
 * this code. Counts per target are written to {@code target/promql-cross-check.txt}.
 */
class PromtoolCrossCheckTest {
  static Stream<PromqlTarget> targets() {
    return Stream.of(
        PromqlTarget.of(PrometheusVersion.V2_42),
        PromqlTarget.of(PrometheusVersion.V3_5),
        new PromqlTarget(PrometheusVersion.V3_5, true));
  }

  @ParameterizedTest
  @MethodSource("targets")
  void acceptsAndRejectsWhatPromtoolDoes(PromqlTarget target) throws Exception {
    List<String> expressions = expressions();
    Map<Integer, String> promtool = Promtool.rejected(expressions, target);

    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < expressions.size(); i++) {
      Optional<String> ours = error(expressions.get(i), target);
      Optional<String> theirs =
          Optional.ofNullable(promtool.get(i))
              .map(m -> m.replace("could not parse expression: ", ""));
      if (!ours.equals(theirs)) {
        disagreements.add(
            expressions.get(i)
                + "\n    promtool: "
                + theirs.orElse("accepted")
                + "\n    parser:   "
                + ours.orElse("accepted"));
      }
    }
    CrossCheckCounts.record(target, expressions.size(), promtool.size(), disagreements.size());
    assertWithMessage(target + ":\n" + String.join("\n", disagreements))
        .that(disagreements)
        .isEmpty();
    // The corpus must test both ways, broadly.
    assertThat(promtool.size()).isAtLeast(400);
    assertThat(expressions.size() - promtool.size()).isAtLeast(350);
  }

  @Test
  void corpusCallsEveryFunctionOfEveryVersionByName() throws IOException {
    String corpus = String.join("\n", corpus("corpus.promql")) + String.join("\n", corpus3());
    List<String> missing =
        Functions.all().stream()
            .map(Function::name)
            .filter(name -> !corpus.contains(name + "("))
            .collect(Collectors.toList());
    assertThat(missing).isEmpty();
  }

  static List<String> expressions() throws IOException {
    List<String> expressions = new ArrayList<>(corpus("corpus.promql"));
    expressions.addAll(corpus3());
    expressions.addAll(FunctionCalls.variants());
    return expressions;
  }

  /** Our error as promtool prints it: line 1, a 1-based column (the corpus is one-line ASCII). */
  private static Optional<String> error(String expression, PromqlTarget target) {
    try {
      Parser.parse(expression, Syntax.PROMQL.on(target));
      return Optional.empty();
    } catch (PromqlSyntaxException e) {
      return Optional.of(
          e.position() < 0
              ? e.reason()
              : "1:" + (e.position() + 1) + ": parse error: " + e.reason());
    }
  }

  static List<String> corpus() throws IOException {
    return corpus("corpus.promql");
  }

  /** What Prometheus 3 added or changed: functions, quoted names, numbers and durations. */
  static List<String> corpus3() throws IOException {
    return corpus("corpus-3.promql");
  }

  private static List<String> corpus(String name) throws IOException {
    try (InputStream in = PromtoolCrossCheckTest.class.getResourceAsStream("/promql/" + name)) {
      if (in == null) {
        return Collections.emptyList();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("##"))
          .collect(Collectors.toList());
    }
  }
}
