package com.mastertrade.services.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the alerts the schema generates, read from the Alertmanager route cases the
 * processor writes next to the rules (on the classpath, in the schema's jar). An alert name is a
 * label value of the alert metrics, so a name Alertmanager sends that the schema does not declare
 * is counted as {@link #OTHER}, never as itself.
 */
final class KnownAlerts {
  static final String OTHER = "other";
  static final String ROUTE_CASES = "metrics/mastertrade/alerts/alertmanager.routes.txt";
  private static final Pattern ALERT_NAME = Pattern.compile("\talertname=([A-Za-z0-9_]+)");

  private final Set<String> names;

  KnownAlerts(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  static KnownAlerts fromClasspath() {
    try (InputStream in = KnownAlerts.class.getClassLoader().getResourceAsStream(ROUTE_CASES)) {
      if (in == null) {
        throw new IllegalStateException("no " + ROUTE_CASES + " on the classpath");
      }
      Set<String> names = new TreeSet<>();
      Matcher matcher = ALERT_NAME.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return new KnownAlerts(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The alert type to record for {@code alertname}: itself if declared, else {@link #OTHER}. */
  String typeOf(String alertname) {
    return names.contains(alertname) ? alertname : OTHER;
  }

  Set<String> names() {
    return names;
  }
}
