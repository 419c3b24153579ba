package com.mastertrade.metrics.http.servlet;

import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The number of bytes characters take in a response's charset, for counting what a servlet writes
 * through the container's own writer: computed for UTF-8 and the single-byte charsets, encoded for
 * the others.
 */
final class EncodedLength {
  private final Charset charset;
  private final boolean utf8;
  private final boolean singleByte;

  EncodedLength(Charset charset) {
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.singleByte =
        charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
  }

  long of(CharSequence chars, int offset, int length) {
    if (singleByte) {
      return length;
    }
    if (!utf8) {
      return charset.encode(CharBuffer.wrap(chars, offset, offset + length)).remaining();
    }
    long bytes = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = chars.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        // The pair is four bytes; its low surrogate, maybe in the next write, counts none.
        bytes += 4;
      } else if (Character.isLowSurrogate(c)) {
        bytes += 0;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
