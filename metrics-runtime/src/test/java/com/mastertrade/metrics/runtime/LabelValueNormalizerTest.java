package com.mastertrade.metrics.runtime;

import static com.google.common.truth.Truth.assertThat;
import static com.mastertrade.metrics.runtime.LabelValueNormalizer.MAX_LENGTH;
import static com.mastertrade.metrics.runtime.LabelValueNormalizer.normalize;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelValueNormalizerTest {
  private static final List<String> HOSTILE =
      List.of(
          "x\uD800y",
          "x\uDC00y",
          "\uDC00\uD800",
          "tail\uD83D",
          "__overflow__",
          "___",
          "__",
          "q\"u\\o\nte\u0000s\u007f\u0085",
          "a".repeat(100_000),
          "\uD83D\uDE00".repeat(100),
          "_".repeat(300) + "x");

  @Test
  void cleanValuesAreKeptAsTheSameInstance() {
    for (String clean :
        List.of("BTCUSDT", "/orders/{id}", "", "_private", "emoji \uD83D\uDE00", "quote\"d")) {
      assertThat(normalize(clean)).isSameInstanceAs(clean);
    }
  }

  @Test
  void loneSurrogatesAndControlCharactersAreReplaced() {
    assertThat(normalize("x\uD800y")).isEqualTo("x\uFFFDy");
    assertThat(normalize("x\uDC00y")).isEqualTo("x\uFFFDy");
    assertThat(normalize("tail\uD83D")).isEqualTo("tail\uFFFD");
    assertThat(normalize("a\nb\u0000c")).isEqualTo("a\uFFFDb\uFFFDc");
    // A valid pair stays as it is.
    assertThat(normalize("\uD83D\uDE00\n")).isEqualTo("\uD83D\uDE00\uFFFD");
  }

  @Test
  void aLeadingDoubleUnderscoreIsCutSoNothingPosesAsOverflow() {
    assertThat(normalize(BoundedLabelValues.OVERFLOW)).isEqualTo("_overflow__");
    assertThat(normalize("__")).isEqualTo("_");
    assertThat(normalize("____x")).isEqualTo("_x");
  }

  @Test
  void longValuesAreCutVisiblyAndNeverInsideASurrogatePair() {
    String cut = normalize("a".repeat(100_000));
    assertThat(cut).hasLength(MAX_LENGTH);
    assertThat(cut).endsWith("\u2026");

    // 100 pairs are 200 units: the cut falls on a pair boundary whatever MAX_LENGTH is.
    String emoji = normalize("\uD83D\uDE00".repeat(100));
    assertThat(emoji.length()).isAtMost(MAX_LENGTH);
    assertThat(LabelValueNormalizer.isNormal(emoji)).isTrue();
    byte[] utf8 = emoji.getBytes(StandardCharsets.UTF_8);
    assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(emoji);
  }

  @Test
  void theResultIsAFixedPoint() {
    for (String value : HOSTILE) {
      String once = normalize(value);
      assertThat(LabelValueNormalizer.isNormal(once)).isTrue();
      assertThat(normalize(once)).isSameInstanceAs(once);
      assertThat(once).isNotEqualTo(BoundedLabelValues.OVERFLOW);
      assertThat(once.length()).isAtMost(MAX_LENGTH);
      // Encoded and decoded as the exposition does, it is still the same value.
      assertThat(new String(once.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
          .isEqualTo(once);
    }
  }
}
