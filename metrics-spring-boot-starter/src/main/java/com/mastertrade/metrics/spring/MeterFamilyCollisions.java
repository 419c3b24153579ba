package com.mastertrade.metrics.spring;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.config.NamingConvention;
import io.micrometer.prometheusmetrics.PrometheusNamingConvention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Micrometer's Prometheus registry and the schemas share one {@code PrometheusRegistry}; a meter
 * whose family has a schema family's name would merge into it at scrape time. This filter denies
 * such a meter, so a recording never fails, and the start fails once the context is refreshed,
 * naming the meter and the schema; a meter first registered later is denied with a warning.
 */
final class MeterFamilyCollisions implements MeterFilter, ApplicationListener<ContextRefreshedEvent> {
  private static final Log LOG = LogFactory.getLog(MeterFamilyCollisions.class);
  private static final NamingConvention PROMETHEUS = new PrometheusNamingConvention();

  /** The schemas' family names, client_java's (no {@code _total}), and the recorders type. */
  private final Map<String, String> families;

  private final boolean failStart;
  private final List<String> collisions = new ArrayList<>();
  private volatile boolean started;

  MeterFamilyCollisions(Map<String, String> families, boolean failStart) {
    this.families = Map.copyOf(families);
    this.failStart = failStart;
  }

  @Override
  public MeterFilterReply accept(Meter.Id id) {
    String name = PROMETHEUS.name(id.getName(), id.getType(), id.getBaseUnit());
    String family = family(name);
    String schema = families.get(family);
    if (schema == null) {
      // A timer or distribution summary also exposes its maximum as <name>_max.
      schema = families.get(family + "_max");
      family = family + "_max";
    }
    if (schema == null) {
      return MeterFilterReply.NEUTRAL;
    }
    String collision =
        String.format(
            java.util.Locale.ROOT,
            "Micrometer meter '%s' (Prometheus family %s) has the name of a family of the schema"
                + " registered by %s; rename the meter or deny it with a MeterFilter",
            id.getName(),
            family,
            schema);
    synchronized (collisions) {
      collisions.add(collision);
    }
    if (started || !failStart) {
      LOG.warn(collision + ". The meter is not recorded.");
    }
    return MeterFilterReply.DENY;
  }

  /** client_java's family name of an exposed name: a counter's without {@code _total}. */
  private static String family(String name) {
    return name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    if (event.getApplicationContext().getParent() != null) {
      return;
    }
    started = true;
    List<String> found;
    synchronized (collisions) {
      found = List.copyOf(collisions);
    }
    if (failStart && !found.isEmpty()) {
      throw new IllegalStateException(String.join("\n", found));
    }
  }
}
