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
import org.junit.jupiter.api.Test;

/**
 * The parser accepts exactly what promtool accepts: the hand-written corpus (every construct, every
 * function by name, and the mistakes people make) plus, for every function of {@link Functions}, a
 * call of the right shape, one argument too many, one too few and each argument of the wrong type.
 * promtool decides which are valid, not this code.
 */
class PromtoolCrossCheckTest {
  @Test
  void acceptsAndRejectsWhatPromtoolDoes() throws Exception {
    List<String> expressions = new ArrayList<>(corpus());
    expressions.addAll(FunctionCalls.variants());
    Map<Integer, String> promtool = Promtool.rejected(expressions);

    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < expressions.size(); i++) {
      Optional<String> ours = error(expressions.get(i));
      Optional<String> theirs =
          Optional.ofNullable(promtool.get(i))
              .map(m -> m.replace("could not parse expression: ", ""));
      if (!agree(ours, theirs)) {
        disagreements.add(
            expressions.get(i)
                + "\n    promtool: "
                + theirs.orElse("accepted")
                + "\n    parser:   "
                + ours.orElse("accepted"));
      }
    }
    assertWithMessage(String.join("\n", disagreements)).that(disagreements).isEmpty();
    // The corpus must test both ways, broadly.
    assertThat(promtool.size()).isAtLeast(400);
    assertThat(expressions.size() - promtool.size()).isAtLeast(350);
  }

  /** Both accept, or both reject at the same column with the same message. */
  private static boolean agree(Optional<String> ours, Optional<String> theirs) {
    return ours.equals(theirs);
  }

  @Test
  void corpusCallsEveryFunctionByName() throws IOException {
    String corpus = String.join("\n", corpus());
    List<String> missing =
        Functions.all().stream()
            .map(Function::name)
            .filter(name -> !corpus.contains(name + "("))
            .collect(Collectors.toList());
    assertThat(missing).isEmpty();
  }

  /** Our error as promtool prints it: line 1, a 1-based column (the corpus is one-line ASCII). */
  private static Optional<String> error(String expression) {
    try {
      Parser.parse(expression, Syntax.PROMQL);
      return Optional.empty();
    } catch (PromqlSyntaxException e) {
      return Optional.of("1:" + (e.position() + 1) + ": parse error: " + e.reason());
    }
  }

  static List<String> corpus() throws IOException {
    try (InputStream in =
        PromtoolCrossCheckTest.class.getResourceAsStream("/promql/corpus.promql")) {
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
