package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.Origin;
import java.util.Optional;
import javax.lang.model.element.Element;

/** Reads the {@code @DeprecatedMetric} of a metric method or an enum constant. */
final class DeprecationReader {
  private final Mirrors mirrors;

  DeprecationReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  Optional<Deprecation> read(Element element) {
    return Mirrors.find(element, AnnotationNames.DEPRECATED_METRIC)
        .map(
            d ->
                new Deprecation(
                    mirrors.string(d, "since"),
                    mirrors.string(d, "reason"),
                    mirrors.string(d, "replacement"),
                    new Origin(element, d)));
  }
}
