package com.mastertrade.metrics.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Kubernetes object names from schema names: DNS-1123 labels, lower case, {@code -} for every run
 * of other characters, at most 63 characters (the limit of a label value, so a name can also
 * select).
 *
 * <p>The objects of alert groups, scrape jobs and dashboards are named injectively: a name that
 * its DNS-1123 form spells exactly (the form's {@code -} standing for the kind's separator: {@code
 * _} for scrape jobs, {@code -} for groups and dashboard uids) keeps that form; any other (upper
 * case, another separator, other characters, too long, nothing left) gets its form followed by
 * {@code -} and the first {@value #HASH_LENGTH} hex digits of the SHA-256 of the name. So {@code
 * shop_x} and {@code shop-x} name two objects, and a job {@code ___} one that is not empty.
 */
public final class KubernetesNames {
  public static final int MAX_LENGTH = 63;

  /** Hex digits of the hash a lossy name carries: 32 bits, stable across builds. */
  public static final int HASH_LENGTH = 8;

  private KubernetesNames() {}

  public static String of(String... parts) {
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

  /** The PrometheusRule of the rule file of {@code group} (or of the SLOs' rule file). */
  public static String ruleObject(String group) {
    return injective("", group, "-rules", '-');
  }

  /** The ServiceMonitor of a scrape job, also its selector's {@code app.kubernetes.io/name}. */
  public static String monitorObject(String job) {
    return injective("", job, "", '_');
  }

  /** The ConfigMap of a dashboard. */
  public static String dashboardObject(String uid) {
    return injective("dashboard-", uid, "", '-');
  }

  /**
   * {@code prefix}, the name's DNS-1123 form, {@code suffix}; the form alone only when {@code name}
   * is the form with {@code separator} for each {@code -}, else with a hash of {@code name}.
   */
  private static String injective(String prefix, String name, String suffix, char separator) {
    String form = of(name);
    int room = MAX_LENGTH - prefix.length() - suffix.length();
    if (!form.isEmpty() && form.length() <= room && form.replace('-', separator).equals(name)) {
      return prefix + form + suffix;
    }
    int kept = room - HASH_LENGTH - 1;
    String stem =
        form.length() > kept ? form.substring(0, kept).replaceAll("-+$", "") : form;
    return prefix + (stem.isEmpty() ? "" : stem + "-") + hash(name) + suffix;
  }

  private static String hash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform has SHA-256 (MessageDigest's required algorithms).
      throw new IllegalStateException(e);
    }
  }
}
