package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One production scenario of an SLO as a promtool test: the traffic of each instance and what an
 * SRE expects of the alerts and the budget at given minutes.
 */
final class SloScenario {
  final String name;
  final List<ScenarioTraffic> instances;
  final List<AlertCheck> alerts = new ArrayList<>();
  final List<ValueCheck> values = new ArrayList<>();
  final List<AbsentCheck> absentChecks = new ArrayList<>();
  boolean longWindowInterval;

  SloScenario(String name, List<ScenarioTraffic> instances) {
    this.name = name;
    this.instances = List.copyOf(instances);
  }

  /**
   * Evaluates the rules at the long-window groups' interval, as Prometheus does them, not every
   * minute: for scenarios whose checks read the 1d and 3d windows' event counts.
   */
  SloScenario atLongWindowInterval() {
    longWindowInterval = true;
    return this;
  }

  /**
   * The alert of {@code severity} fires at {@code minute}, or does not. A firing one is checked by
   * its labels: its budget left depends on how the Prometheus version extrapolates the samples
   * whose 5 minutes straddle a change of traffic, which every-minute evaluations record.
   */
  SloScenario alert(int minute, Severity severity, boolean fires) {
    alerts.add(new AlertCheck(minute, severity, fires, Optional.empty()));
    return this;
  }

  /**
   * The alert of {@code severity} fires at {@code minute} with the budget left {@code budgetLeft},
   * checked as Prometheus renders its annotations.
   */
  SloScenario alert(int minute, Severity severity, BigDecimal budgetLeft) {
    alerts.add(new AlertCheck(minute, severity, true, Optional.of(budgetLeft)));
    return this;
  }

  /** Neither the page nor the ticket fires at {@code minute}. */
  SloScenario quiet(int minute) {
    return alert(minute, Severity.PAGE, false).alert(minute, Severity.TICKET, false);
  }

  /** {@code series} of the SLO lies between {@code low} and {@code high} at {@code minute}. */
  SloScenario value(int minute, String series, String low, String high) {
    values.add(new ValueCheck(minute, series, low, high));
    return this;
  }

  /** The SLI-absent alert fires at {@code minute}, or does not. */
  SloScenario absent(int minute, boolean fires) {
    absentChecks.add(new AbsentCheck(minute, fires));
    return this;
  }

  record AbsentCheck(int minute, boolean fires) {}

  record AlertCheck(
      int minute, Severity severity, boolean fires, Optional<BigDecimal> budgetLeft) {}

  record ValueCheck(int minute, String series, String low, String high) {}
}
