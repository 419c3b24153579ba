package com.mastertrade.metrics.http.servlet;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodedLengthTest {
  private static final String TEXT = "plain, grüß, €, 😀 and 中文";

  @Test
  void matchesTheEncodedBytesInEveryCharset() {
    for (Charset charset :
        new Charset[] {
          StandardCharsets.UTF_8,
          StandardCharsets.ISO_8859_1,
          StandardCharsets.US_ASCII,
          StandardCharsets.UTF_16BE,
          Charset.forName("windows-1252")
        }) {
      String text = charset.newEncoder().canEncode(TEXT) ? TEXT : "plain, grüß";
      assertThat(new EncodedLength(charset).of(text, 0, text.length()))
          .isEqualTo(text.getBytes(charset).length);
    }
  }

  @Test
  void countsASurrogatePairSplitAcrossWritesOnce() {
    String emoji = "😀";
    EncodedLength utf8 = new EncodedLength(StandardCharsets.UTF_8);

    assertThat(utf8.of(emoji, 0, 1) + utf8.of(emoji, 1, 1)).isEqualTo(4);
  }
}
