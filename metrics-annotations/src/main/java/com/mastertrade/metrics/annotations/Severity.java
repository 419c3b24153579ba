package com.mastertrade.metrics.annotations;

/**
 * The {@code severity} label of an alert, which decides how Alertmanager routes it.
 *
 * <ul>
 *   <li>{@link #PAGE}: an SLO's error budget burns fast; someone acts now, day or night.
 *   <li>{@link #CRITICAL}: a symptom that needs a person now (a service down, a risk limit
 *       breached); paged like {@link #PAGE}.
 *   <li>{@link #TICKET}: an SLO's error budget burns slowly; fix it within working hours.
 *   <li>{@link #WARNING}: worth a look today, nothing is lost yet.
 *   <li>{@link #INFO}: for the record.
 * </ul>
 */
public enum Severity {
  PAGE,
  CRITICAL,
  TICKET,
  WARNING,
  INFO
}
