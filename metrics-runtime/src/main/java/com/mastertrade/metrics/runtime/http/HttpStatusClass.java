package com.mastertrade.metrics.runtime.http;

import com.mastertrade.metrics.annotations.LabelValue;

/**
 * The {@code status} label: the status code's class, as Prometheus instrumentations commonly group
 * it. A closed set of five keeps the series count fixed whatever codes a service returns.
 */
public enum HttpStatusClass {
  @LabelValue("1xx")
  INFORMATIONAL,
  @LabelValue("2xx")
  SUCCESS,
  @LabelValue("3xx")
  REDIRECTION,
  @LabelValue("4xx")
  CLIENT_ERROR,
  @LabelValue("5xx")
  SERVER_ERROR;

  private static final HttpStatusClass[] BY_HUNDREDS = values();

  /** The class of a status code; codes outside 100-599 count as server errors. */
  public static HttpStatusClass of(int statusCode) {
    int hundreds = statusCode / 100;
    return hundreds >= 1 && hundreds <= 5 ? BY_HUNDREDS[hundreds - 1] : SERVER_ERROR;
  }
}
