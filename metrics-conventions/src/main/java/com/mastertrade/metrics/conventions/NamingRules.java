package com.mastertrade.metrics.conventions;

/**
 * The classic Prometheus name syntax, the one rule for every tool of the toolkit: metric names
 * {@code [a-zA-Z_:][a-zA-Z0-9_:]*}, label names {@code [a-zA-Z_][a-zA-Z0-9_]*} without the {@code
 * __} prefix Prometheus keeps for itself, and the parts a metric name is made of. client_java's
 * {@code PrometheusNaming.isValidMetricName} is no help: since 1.4.0 it accepts any UTF-8 name.
 */
public final class NamingRules {
  private NamingRules() {}

  /** Whether {@code c} may stand at {@code first} or a later place of a metric name. */
  public static boolean isMetricNameChar(char c, boolean first) {
    return c == ':' || isLabelNameChar(c, first);
  }

  /** Whether {@code c} may stand at {@code first} or a later place of a label name. */
  public static boolean isLabelNameChar(char c, boolean first) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      return true;
    }
    return !first && c >= '0' && c <= '9';
  }

  /** {@code [a-zA-Z_:][a-zA-Z0-9_:]*}. */
  public static boolean isMetricName(String name) {
    return matches(name, true);
  }

  /** {@code [a-zA-Z_][a-zA-Z0-9_]*}, the syntax alone: see {@link #isLabelName}. */
  public static boolean isLabelNameSyntax(String name) {
    return matches(name, false);
  }

  /** A label name a schema may declare: the syntax, and not {@code __}-prefixed. */
  public static boolean isLabelName(String name) {
    return isLabelNameSyntax(name) && !name.startsWith("__");
  }

  /** Whether {@code namespace} can start a metric name (no colon: it ends in {@code _}). */
  public static boolean isValidNamespace(String namespace) {
    return isLabelNameSyntax(namespace);
  }

  /** No prefix, or one that can follow the namespace in a metric name. */
  public static boolean isValidPrefix(String prefix) {
    return prefix.isEmpty() || isLabelNameSyntax(prefix);
  }

  /** No unit, or a well-formed one (base unit or not): lower case, digits and underscores. */
  public static boolean isWellFormedUnit(String unit) {
    if (unit.isEmpty()) {
      return true;
    }
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      boolean lower = c >= 'a' && c <= 'z';
      if (!(lower || (i > 0 && ((c >= '0' && c <= '9') || c == '_')))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String name, boolean metric) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(metric ? isMetricNameChar(c, i == 0) : isLabelNameChar(c, i == 0))) {
        return false;
      }
    }
    return true;
  }
}
