package com.mastertrade.metrics.processor.slo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels of an SLO's recorded series: {@code slo}, which the toolkit's dashboards and alerts
 * select by, and Sloth's {@code sloth_id}, {@code sloth_service} and {@code sloth_slo}, so that
 * generic SLO dashboards and tools written for Sloth's series read them too.
 */
public final class SloSeries {
  /** Sloth's info series: one per SLO, value 1, its name, service and objective as labels. */
  public static final String INFO = "sloth_slo_info";

  /** Sloth's metadata series, one per SLO. */
  public static final String OBJECTIVE = "slo:objective:ratio";

  public static final String ERROR_BUDGET = "slo:error_budget:ratio";
  public static final String PERIOD_DAYS = "slo:time_period:days";
  public static final String CURRENT_BURN_RATE = "slo:current_burn_rate:ratio";
  public static final String PERIOD_BURN_RATE = "slo:period_burn_rate:ratio";
  public static final String PERIOD_BUDGET_REMAINING = "slo:period_error_budget_remaining:ratio";

  private SloSeries() {}

  /** The labels every recorded series of the SLO carries. */
  public static Map<String, String> labels(ResolvedSlo slo) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("slo", slo.name());
    labels.put("sloth_id", slo.job() + "-" + slo.name());
    labels.put("sloth_service", slo.job());
    labels.put("sloth_slo", slo.name());
    return labels;
  }
}
