package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;

/**
 * A service level objective as declared with {@code @AvailabilitySlo} or {@code @LatencySlo},
 * unchecked: the SLO validator checks it against the schema, the SLO resolver turns it into PromQL.
 *
 * @param objective the target share of good events, in percent
 * @param window the compliance window as a Prometheus duration, {@code 28d} or {@code 30d}
 * @param metric the counter (availability) or histogram (latency), as {@code Category.method}
 * @param badType the canonical name of the enum that selects bad events (availability only)
 * @param badTypeConstants the constants of {@code badType}, in ordinal order
 * @param bad the constants written in {@code bad}
 * @param threshold the good-event bound in the histogram's unit (latency only)
 * @param inhibits declared alerts silenced for the SLO's job while its page fires
 * @param demotes declared alerts routed as tickets for the SLO's job
 * @param minEvents the declared fewest events a condition's long window needs to fire, 0 to
 *     derive it from the objective
 */
public record SloModel(
    String name,
    Kind kind,
    String service,
    double objective,
    String window,
    String description,
    String metric,
    String badType,
    List<String> badTypeConstants,
    List<String> bad,
    double threshold,
    long minEvents,
    List<String> inhibits,
    List<String> demotes,
    RunbookModel runbook,
    Origin origin) {

  public SloModel {
    badTypeConstants = List.copyOf(badTypeConstants);
    bad = List.copyOf(bad);
    inhibits = List.copyOf(inhibits);
    demotes = List.copyOf(demotes);
  }

  /** The uid of the SLO dashboard generated for a schema with SLOs. */
  public static String dashboardUid(String namespace) {
    return namespace + "-slos";
  }

  /** The alert that pages when the error budget burns fast, e.g. {@code GatewayLatencyFastBurn}. */
  public String pageAlert() {
    return upperCamel() + "FastBurn";
  }

  /** The alert that opens a ticket when the error budget burns slowly. */
  public String ticketAlert() {
    return upperCamel() + "SlowBurn";
  }

  /** The alert that opens a ticket when the SLI's series are missing, so no burn alert can fire. */
  public String absentAlert() {
    return upperCamel() + "SliAbsent";
  }

  private String upperCamel() {
    StringBuilder camel = new StringBuilder();
    for (String word : name.split("_")) {
      if (!word.isEmpty()) {
        camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return camel.toString();
  }

  /** What an SLO measures. */
  public enum Kind {
    AVAILABILITY("availability", "events", "counter"),
    LATENCY("latency", "histogram", "histogram");

    private final String word;
    private final String metricAttribute;
    private final String metricType;

    Kind(String word, String metricAttribute, String metricType) {
      this.word = word;
      this.metricAttribute = metricAttribute;
      this.metricType = metricType;
    }

    /** {@code availability} or {@code latency}. */
    public String word() {
      return word;
    }

    /** The annotation attribute that names the metric. */
    public String metricAttribute() {
      return metricAttribute;
    }

    /** The Prometheus type the metric must have. */
    public String metricType() {
      return metricType;
    }
  }
}
