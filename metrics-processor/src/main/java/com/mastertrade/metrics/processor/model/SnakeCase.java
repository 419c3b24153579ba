package com.mastertrade.metrics.processor.model;

/**
 * Java identifiers to Prometheus-style snake case: {@code requestDuration} to {@code
 * request_duration}.
 */
public final class SnakeCase {
  private SnakeCase() {}

  public static String of(String camelCase) {
    StringBuilder snake = new StringBuilder(camelCase.length() + 8);
    for (int i = 0; i < camelCase.length(); i++) {
      char c = camelCase.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousIsLower = i > 0 && !Character.isUpperCase(camelCase.charAt(i - 1));
        boolean nextIsLower =
            i + 1 < camelCase.length() && Character.isLowerCase(camelCase.charAt(i + 1));
        boolean wordStart = previousIsLower || (i > 0 && nextIsLower);
        if (wordStart && snake.length() > 0 && snake.charAt(snake.length() - 1) != '_') {
          snake.append('_');
        }
        snake.append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }

  /** {@code requestDuration} to {@code REQUEST_DURATION}, for constant names. */
  public static String upper(String camelCase) {
    return of(camelCase).toUpperCase(java.util.Locale.ROOT);
  }
}
