package com.mastertrade.metrics.runtime.http;

import com.mastertrade.metrics.annotations.LabelValue;
import java.util.Locale;

/** The {@code method} label: the standard request methods, anything else as {@code OTHER}. */
public enum HttpMethod {
  @LabelValue("GET")
  GET,
  @LabelValue("HEAD")
  HEAD,
  @LabelValue("POST")
  POST,
  @LabelValue("PUT")
  PUT,
  @LabelValue("PATCH")
  PATCH,
  @LabelValue("DELETE")
  DELETE,
  @LabelValue("OPTIONS")
  OPTIONS,
  /** Any other or malformed method, so a client cannot create series by inventing methods. */
  @LabelValue("OTHER")
  OTHER;

  /** The label for a request method as received on the wire. */
  public static HttpMethod of(String method) {
    if (method == null) {
      return OTHER;
    }
    switch (method.toUpperCase(Locale.ROOT)) {
      case "GET":
        return GET;
      case "HEAD":
        return HEAD;
      case "POST":
        return POST;
      case "PUT":
        return PUT;
      case "PATCH":
        return PATCH;
      case "DELETE":
        return DELETE;
      case "OPTIONS":
        return OPTIONS;
      default:
        return OTHER;
    }
  }
}
