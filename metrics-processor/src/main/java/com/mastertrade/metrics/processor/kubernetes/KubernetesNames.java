package com.mastertrade.metrics.processor.kubernetes;

import java.util.Locale;

/**
 * Kubernetes object names from schema names: DNS-1123 labels, lower case, {@code -} for every run
 * of other characters, at most 63 characters (the limit of a label value, so a name can also
 * select).
 */
final class KubernetesNames {
  static final int MAX_LENGTH = 63;

  private KubernetesNames() {}

  static String of(String... parts) {
    String name =
        String.join("-", parts)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (name.length() > MAX_LENGTH) {
      name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return name;
  }
}
