package com.mastertrade.metrics.evolution.compare;

import java.util.List;

/**
 * One difference between the baseline and the current schema.
 *
 * @param element what changed: {@code metric}, {@code metric{label}}, {@code
 *     metric{label="value"}}, or a declaration such as {@code alert ServiceDown}
 * @param before the element's value in the baseline, empty if it had none
 * @param after its value in the current schema, empty if it has none
 * @param acknowledgement why a breaking change is accepted, empty if it is not
 * @param impact the declarations, of both schemas, that read the changed element
 */
public record Change(
    ChangeKind kind,
    String element,
    String before,
    String after,
    String acknowledgement,
    List<ImpactedUsage> impact) {

  public Change {
    impact = List.copyOf(impact);
  }

  static Change of(ChangeKind kind, String element, String before, String after) {
    return new Change(kind, element, before, after, "", List.of());
  }

  public ChangeStatus status() {
    if (!kind.breaking()) {
      return ChangeStatus.COMPATIBLE;
    }
    return acknowledgement.isEmpty() ? ChangeStatus.BREAKING : ChangeStatus.ACCEPTED;
  }

  Change acknowledged(String why) {
    return new Change(kind, element, before, after, why, impact);
  }

  Change withImpact(List<ImpactedUsage> usages) {
    return new Change(kind, element, before, after, acknowledgement, usages);
  }
}
