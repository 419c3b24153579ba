package com.mastertrade.metrics.processor.model;

import java.util.List;

/**
 * One label of a metric: a parameter of the metric's method.
 *
 * @param parameterName the Java parameter name
 * @param name the label name
 * @param javaType the canonical name of the parameter's type ({@code boolean} for booleans)
 * @param javaPackage the package of the parameter's type, empty for primitives
 * @param values the closed set of values, in ordinal order (empty for open labels)
 * @param maxValues the value of {@code @MaxValues}, 0 if there is none
 * @param bounded whether the parameter carries {@code @MaxValues}
 * @param constants the closed set as declared, in ordinal order: each value with its constant and
 *     deprecation (empty for open labels)
 * @param formerly the names the label had before, from {@code @Label(formerly = ...)}
 */
public record LabelModel(
    String parameterName,
    String name,
    LabelKind kind,
    String javaType,
    String javaPackage,
    List<String> values,
    int maxValues,
    boolean bounded,
    List<LabelValueModel> constants,
    List<String> formerly,
    Origin origin) {

  public LabelModel {
    values = List.copyOf(values);
    constants = List.copyOf(constants);
    formerly = List.copyOf(formerly);
  }

  /** The number of distinct values this label can take, the overflow value included. */
  public long domainSize() {
    return switch (kind) {
      case ENUM -> values.size();
      case BOOLEAN -> 2;
      case OPEN -> (long) maxValues + 1;
      case UNSUPPORTED -> 0;
    };
  }

  /** A short description of the domain, for docs and diagnostics. */
  public String domainDescription() {
    return switch (kind) {
      case ENUM, BOOLEAN -> String.join(", ", values);
      case OPEN -> "up to " + maxValues + " values, then __overflow__";
      case UNSUPPORTED -> "unsupported type " + javaType;
    };
  }

  /** For example {@code route 65}: the name and the domain size, for diagnostics. */
  public String domainSizeDescription() {
    return name + " " + domainSize();
  }
}
