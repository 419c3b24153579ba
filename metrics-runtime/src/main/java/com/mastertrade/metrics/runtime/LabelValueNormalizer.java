package com.mastertrade.metrics.runtime;

/**
 * The form an open label value is admitted and exposed in. Two values that would be exposed alike
 * must be one value, or one exposition holds two series with the same name and labels; and no value
 * may pose as the overflow value. So, in this order:
 *
 * <ol>
 *   <li>Invalid UTF-16 (a lone surrogate) and control characters are replaced by U+FFFD.
 *       client_java encodes a lone surrogate as {@code ?}, so {@code "x\uD800y"} and {@code
 *       "x\uDC00y"} would otherwise both be exposed as {@code x?y}; control characters never name
 *       code or configuration and garble legends and alert texts.
 *   <li>Leading underscores are cut to one when there are two or more: values starting with {@code
 *       __} are the toolkit's own, {@link BoundedLabelValues#OVERFLOW} among them, so a recorded
 *       {@code "__overflow__"} becomes {@code "_overflow__"} and never merges with the overflow
 *       series.
 *   <li>A value longer than {@link #MAX_LENGTH} UTF-16 units is cut to {@code MAX_LENGTH - 1} units
 *       (never inside a surrogate pair) plus {@code …}, so it is visibly cut.
 * </ol>
 *
 * <p>The result is a fixed point: normalizing it again returns it unchanged, which lets {@link
 * BoundedLabelValues} look a clean value up as it is and normalize only values it has not seen.
 */
public final class LabelValueNormalizer {
  /**
   * The longest label value exposed, in UTF-16 units. Label values name code or configuration (a
   * route template, a table, a symbol, a collector), all far shorter; 128 leaves room for long
   * route templates while a label's worst case stays small in every scrape ({@code @MaxValues}
   * times 128 characters), and stays well under the per-value limits of the stores Prometheus
   * writes to (Cortex and Mimir reject series whose label values exceed 2,048 bytes; a Prometheus
   * scrape with {@code label_value_length_limit} set fails as a whole).
   */
  public static final int MAX_LENGTH = 128;

  static final char REPLACEMENT = '\uFFFD';
  static final char ELLIPSIS = '\u2026';

  private LabelValueNormalizer() {}

  /** {@code value} in its exposed form; {@code value} itself when it is already in that form. */
  public static String normalize(String value) {
    if (isNormal(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH));
    int start = 0;
    while (start + 1 < value.length()
        && value.charAt(start) == '_'
        && value.charAt(start + 1) == '_') {
      start++;
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
      } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return truncate(out);
  }

  private static String truncate(StringBuilder value) {
    if (value.length() <= MAX_LENGTH) {
      return value.toString();
    }
    int end = MAX_LENGTH - 1;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + ELLIPSIS;
  }

  /** Whether {@code value} is already in its exposed form; allocates nothing. */
  static boolean isNormal(String value) {
    int length = value.length();
    if (length > MAX_LENGTH || (length > 1 && value.charAt(0) == '_' && value.charAt(1) == '_')) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == length
            || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }
}
