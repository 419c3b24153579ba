package com.mastertrade.services.alerts;

import java.util.List;
import java.util.Map;

/**
 * The body Alertmanager posts to a webhook receiver (payload version 4): the receiver it was routed
 * to, and the alerts of one group, each firing or resolved. Fields this service does not use are
 * ignored.
 */
record AlertmanagerNotification(String version, String receiver, String status, List<Item> alerts) {

  /** One alert of the group, identified by its fingerprint and the time it started firing. */
  record Item(
      String status,
      Map<String, String> labels,
      Map<String, String> annotations,
      String startsAt,
      String endsAt,
      String fingerprint) {

    String label(String name) {
      return labels == null ? null : labels.get(name);
    }

    String annotation(String name) {
      return annotations == null ? "" : annotations.getOrDefault(name, "");
    }
  }
}
