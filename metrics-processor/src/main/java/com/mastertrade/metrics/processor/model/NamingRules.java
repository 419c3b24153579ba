package com.mastertrade.metrics.processor.model;

import java.util.regex.Pattern;

/**
 * The syntax of the parts a metric name is derived from. Several validators need the same answer:
 * one reports a wrong part, the others skip a name derived from it, so it is reported once.
 */
public final class NamingRules {
  private static final Pattern NAME_PART = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9_]*");

  private NamingRules() {}

  /** Whether {@code namespace} can start a metric name. */
  public static boolean isValidNamespace(String namespace) {
    return NAME_PART.matcher(namespace).matches();
  }

  /** No prefix, or one that can follow the namespace in a metric name. */
  public static boolean isValidPrefix(String prefix) {
    return prefix.isEmpty() || NAME_PART.matcher(prefix).matches();
  }

  /** No unit, or a well-formed one (base unit or not): lower case, digits and underscores. */
  public static boolean isWellFormedUnit(String unit) {
    return unit.isEmpty() || UNIT.matcher(unit).matches();
  }
}
