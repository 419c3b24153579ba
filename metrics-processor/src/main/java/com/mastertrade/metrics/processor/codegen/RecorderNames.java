package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SnakeCase;
import com.palantir.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every identifier of one generated recorder class, allocated by one {@link NameAllocator}: the
 * schema's method and parameter names are the user's, so a name constant, a field, a constructor
 * local or a parameter may otherwise meet another one after case conversion, or a keyword.
 * Allocation follows declaration order, so the first of two colliding names keeps its own spelling
 * and output stays stable.
 */
final class RecorderNames {
  /** The constructor's parameter. */
  static final String REGISTRY = "registry";

  /** The lambda parameter that receives a slot's label values. */
  static final String VALUES = "values";

  /** The locals of a recording method of a metric with open labels. */
  private static final List<String> OPEN_LOCALS = List.of("closed", "last", "previous", "series");

  private final NameAllocator names = new NameAllocator();
  private final List<MetricModel> metrics;

  /** Closed label domains by label type ({@code boolean} for booleans), in a stable order. */
  private final Map<String, String> domainConstants = new TreeMap<>();

  RecorderNames(CategoryModel category) {
    this.metrics = category.metrics();
    names.newName(REGISTRY, REGISTRY);
    names.newName(VALUES, VALUES);
    for (int i = 0; i < metrics.size(); i++) {
      names.newName(SnakeCase.upper(metrics.get(i).methodName()), tag("constant", i));
    }
    for (int i = 0; i < metrics.size(); i++) {
      MetricModel metric = metrics.get(i);
      names.newName(metric.methodName(), tag("field", i));
      names.newName(metric.methodName() + "Metric", tag("local", i));
      if (metric.labels().stream().anyMatch(label -> label.kind() == LabelKind.OPEN)) {
        names.newName(metric.methodName() + "Last", tag("last", i));
        names.newName(metric.methodName() + "Previous", tag("previous", i));
      }
      for (int j = 0; j < metric.labels().size(); j++) {
        LabelModel label = metric.labels().get(j);
        if (label.kind() == LabelKind.OPEN) {
          names.newName(openLabelField(metric, label), tag("open", i, j));
        } else {
          domainConstants.computeIfAbsent(
              domainKey(label),
              key -> names.newName(domainConstantSuggestion(label), tag("domain:" + key)));
        }
      }
    }
  }

  /** The {@code public static final String} holding the metric's exposed name. */
  String constant(MetricModel metric) {
    return names.get(tag("constant", indexOf(metric)));
  }

  /** The field holding the metric's recorders. */
  String field(MetricModel metric) {
    return names.get(tag("field", indexOf(metric)));
  }

  /** The constructor local holding the client_java metric. */
  String local(MetricModel metric) {
    return names.get(tag("local", indexOf(metric)));
  }

  /** The field holding an open label's admitted values. */
  String openLabelField(MetricModel metric, int labelIndex) {
    return names.get(tag("open", indexOf(metric), labelIndex));
  }

  /** The field holding the series a metric with open labels resolved last. */
  String lastField(MetricModel metric) {
    return names.get(tag("last", indexOf(metric)));
  }

  /** The field holding the series a metric with open labels resolved before the last one. */
  String previousField(MetricModel metric) {
    return names.get(tag("previous", indexOf(metric)));
  }

  /** The constant holding the values of a closed label's type, shared by every label of it. */
  String domainConstant(LabelModel label) {
    return domainConstants.get(domainKey(label));
  }

  /** Closed label types and their constants, in a stable order. */
  Map<String, String> domainConstants() {
    return domainConstants;
  }

  /**
   * The names a recording method declares: its parameters (the declared ones, unless one is also
   * the name of a field of the class, which the method body reads), then its locals.
   */
  MethodNames method(MetricModel metric) {
    NameAllocator method = names.clone();
    List<String> parameters = new ArrayList<>();
    for (int j = 0; j < metric.labels().size(); j++) {
      parameters.add(method.newName(metric.labels().get(j).parameterName(), tag("parameter", j)));
    }
    List<String> locals = new ArrayList<>();
    for (String local : OPEN_LOCALS) {
      locals.add(method.newName(local, tag("method-local:" + local)));
    }
    return new MethodNames(
        List.copyOf(parameters), locals.get(0), locals.get(1), locals.get(2), locals.get(3));
  }

  /** A recording method's parameters, in label order, and the locals an open lookup declares. */
  record MethodNames(
      List<String> parameters, String closed, String last, String previous, String series) {}

  static String domainKey(LabelModel label) {
    return label.kind() == LabelKind.BOOLEAN ? "boolean" : label.javaType();
  }

  private static String domainConstantSuggestion(LabelModel label) {
    String simpleName =
        label.kind() == LabelKind.BOOLEAN
            ? "Boolean"
            : label.javaType().substring(label.javaType().lastIndexOf('.') + 1);
    return SnakeCase.upper(simpleName) + "_VALUES";
  }

  /** {@code requestsRoute}: the method name and the parameter name. */
  private static String openLabelField(MetricModel metric, LabelModel label) {
    String parameter = label.parameterName();
    return metric.methodName()
        + Character.toUpperCase(parameter.charAt(0))
        + parameter.substring(1);
  }

  private int indexOf(MetricModel metric) {
    for (int i = 0; i < metrics.size(); i++) {
      if (metrics.get(i) == metric) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a metric of this category: " + metric.methodName());
  }

  private static String tag(String kind, int... indexes) {
    StringBuilder tag = new StringBuilder(kind);
    for (int index : indexes) {
      tag.append(':').append(index);
    }
    return tag.toString();
  }
}
