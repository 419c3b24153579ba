package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Reads one {@code @ServiceLevelObjectives}: its availability SLOs, then its latency SLOs. */
final class SloReader {
  private final Mirrors mirrors;
  private final RunbookReader runbooks;

  SloReader(Mirrors mirrors) {
    this.mirrors = mirrors;
    this.runbooks = new RunbookReader(mirrors);
  }

  List<SloModel> read(TypeElement holder, AnnotationMirror slos) {
    List<SloModel> read = new ArrayList<>();
    for (AnnotationMirror slo : mirrors.annotations(slos, "availability")) {
      TypeMirror badType = mirrors.type(slo, "badType");
      read.add(slo(holder, slo, Kind.AVAILABILITY, badType, mirrors.strings(slo, "bad"), 0));
    }
    for (AnnotationMirror slo : mirrors.annotations(slos, "latency")) {
      read.add(
          slo(holder, slo, Kind.LATENCY, null, List.of(), mirrors.doubleValue(slo, "threshold")));
    }
    return read;
  }

  private SloModel slo(
      TypeElement holder,
      AnnotationMirror slo,
      Kind kind,
      TypeMirror badType,
      List<String> bad,
      double threshold) {
    String name = mirrors.string(slo, "name");
    return new SloModel(
        name,
        kind,
        mirrors.string(slo, "service"),
        mirrors.doubleValue(slo, "objective"),
        // DAYS_28 -> 28d
        mirrors.enumConstant(slo, "window").substring("DAYS_".length()) + "d",
        mirrors.string(slo, "description"),
        mirrors.string(slo, kind.metricAttribute()),
        badType == null ? "" : badType.toString(),
        badType == null ? List.of() : constants(badType),
        bad,
        threshold,
        mirrors.longValue(slo, "minEvents"),
        mirrors.strings(slo, "inhibits"),
        mirrors.strings(slo, "demotes"),
        runbooks.read(holder, mirrors.annotation(slo, "runbook"), "SLO " + name),
        new Origin(holder, slo));
  }

  /** The enum constants of {@code type} in ordinal (declaration) order. */
  private static List<String> constants(TypeMirror type) {
    if (!(type instanceof DeclaredType declared)) {
      return List.of();
    }
    Element element = declared.asElement();
    return element.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }
}
