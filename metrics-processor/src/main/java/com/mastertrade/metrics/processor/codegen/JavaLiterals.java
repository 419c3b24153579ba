package com.mastertrade.metrics.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Java string literals of schema text, every line break and control character escaped. JavaPoet's
 * {@code $S} leaves U+2028, U+2029, U+0085, VT and FF in place, and its writer then breaks the
 * source line inside the literal, which no longer compiles.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  static CodeBlock string(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
            literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", literal.append('"').toString());
  }
}
