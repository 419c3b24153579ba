package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;

/**
 * Which alerts reach a receiver, declared with {@code @AlertRoute}; an empty condition matches any
 * alert.
 *
 * @param severities the severities as their label values ({@code page}, {@code ticket}, ...)
 */
public record AlertRouteModel(
    String receiver,
    List<String> severities,
    List<String> jobs,
    List<String> slos,
    List<String> alerts,
    Origin origin) {

  public AlertRouteModel {
    severities = List.copyOf(severities);
    jobs = List.copyOf(jobs);
    slos = List.copyOf(slos);
    alerts = List.copyOf(alerts);
  }

  /**
   * Whether every firing of an alert with these labels takes this route; {@code job} and {@code
   * slo} are empty when the alert's value of them is not known before it fires.
   */
  public boolean takes(String alert, String severity, String job, String slo) {
    return (severities.isEmpty() || severities.contains(severity))
        && (alerts.isEmpty() || alerts.contains(alert))
        && (jobs.isEmpty() || jobs.contains(job))
        && (slos.isEmpty() || slos.contains(slo));
  }
}
