package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.TextRules;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The base URLs alert links are built on, from {@code @Alerting} or the processor options: what
 * makes one unusable, and whether it points at the machine that reads it.
 */
public final class BaseUrls {
  private BaseUrls() {}

  /** Why {@code url} cannot be a base URL, if it cannot. */
  public static Optional<String> problem(String url) {
    if (url.contains("{{") || url.contains("}}")) {
      return Optional.of("Alertmanager and Prometheus would read {{ }} as a template");
    }
    if (!TextRules.isOneLine(url) || url.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("it holds a space or a line break");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("it does not parse as a URI (" + e.getReason() + ")");
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      return Optional.of("it is not an absolute http or https URL");
    }
    if (uri.getHost() == null) {
      return Optional.of("it names no host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("a link built on it would land in its query or fragment");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code url} names this machine: {@code localhost}, a {@code .localhost} name, or a
   * loopback or unspecified address literal. Names are not looked up: a build never resolves
   * them.
   */
  public static boolean isLoopback(String url) {
    String host;
    try {
      host = new URI(url).getHost();
    } catch (URISyntaxException e) {
      return false;
    }
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return true;
    }
    boolean literal =
        host.startsWith("[") || host.matches("[0-9]+(\\.[0-9]+){3}");
    if (!literal) {
      return false;
    }
    try {
      // A literal address is parsed, never looked up.
      InetAddress address = InetAddress.getByName(host.replaceAll("^\\[|]$", ""));
      return address.isLoopbackAddress() || address.isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
