package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.model.KubernetesNames;
import com.mastertrade.metrics.processor.resolved.ReceiverAddresses;
import com.mastertrade.metrics.processor.validation.BaseUrls;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the Alertmanager configuration of the Kubernetes manifests sends, checked once per
 * compilation: the manifests' Alertmanager runs in the cluster, where nobody answers on the build
 * machine's loopback address. The receiving job's webhook is its Kubernetes Service, named as its
 * ServiceMonitor and reached as it is scraped (scheme and port), unless {@value #RECEIVER_JOB_URL}
 * names another;
 * {@code metrics.kubernetes.receiver.<name>.url} and {@code .smarthost} replace a declared
 * receiver's. The stack's own configuration keeps the schema's addresses.
 */
record ReceiverOptions(
    Optional<String> receiverJobUrl,
    Map<String, String> urls,
    Map<String, String> smarthosts,
    boolean kubernetesWritten) {

  static final String RECEIVER_JOB_URL = "metrics.kubernetes.receiverJobUrl";
  static final String RECEIVER_PREFIX = "metrics.kubernetes.receiver.";
  static final String URL = ".url";
  static final String SMARTHOST = ".smarthost";

  ReceiverOptions {
    urls = Map.copyOf(urls);
    smarthosts = Map.copyOf(smarthosts);
  }

  /** The options given among {@code options}: their names depend on the schema's receivers. */
  static Set<String> given(Set<String> options) {
    Set<String> names = new TreeSet<>();
    names.add(RECEIVER_JOB_URL);
    for (String name : options) {
      if (name.startsWith(RECEIVER_PREFIX)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Reads the options; a value that is not an http(s) URL or a {@code host:port}, a loopback
   * address, or a {@code metrics.kubernetes.receiver.*} option that ends in neither {@value #URL}
   * nor {@value #SMARTHOST}, is an error naming the option.
   */
  static ReceiverOptions read(OptionValues values, Set<String> given, boolean kubernetesWritten) {
    Optional<String> receiverJobUrl =
        values
            .value(RECEIVER_JOB_URL, "http://alerts.monitoring.svc:8080/alertmanager")
            .filter(url -> isUrl(values, RECEIVER_JOB_URL, url))
            .filter(url -> notLoopback(values, RECEIVER_JOB_URL, url, url));
    Map<String, String> urls = new TreeMap<>();
    Map<String, String> smarthosts = new TreeMap<>();
    for (String option : new TreeSet<>(given)) {
      if (!option.startsWith(RECEIVER_PREFIX)) {
        continue;
      }
      String rest = option.substring(RECEIVER_PREFIX.length());
      if (rest.endsWith(URL) && rest.length() > URL.length()) {
        values
            .value(option, "https://hc-ping.example.com/<check>")
            .filter(url -> isUrl(values, option, url))
            .filter(url -> notLoopback(values, option, url, url))
            .ifPresent(url -> urls.put(receiver(rest, URL), url));
      } else if (rest.endsWith(SMARTHOST) && rest.length() > SMARTHOST.length()) {
        values
            .value(option, "smtp.example.com:587")
            .filter(host -> isHostPort(values, option, host))
            .filter(host -> notLoopback(values, option, "smtp://" + host, host))
            .ifPresent(host -> smarthosts.put(receiver(rest, SMARTHOST), host));
      } else {
        values.invalid(
            option,
            option,
            RECEIVER_PREFIX + "<receiver>" + URL + " or " + RECEIVER_PREFIX + "<receiver>"
                + SMARTHOST);
      }
    }
    return new ReceiverOptions(receiverJobUrl, urls, smarthosts, kubernetesWritten);
  }

  /**
   * The addresses of the manifests of a schema in {@code namespace}: the options, and the
   * receiving job's Service where no option names its webhook.
   */
  ReceiverAddresses addresses(
      String namespace, Optional<AlertingModel> alerting, Optional<ScrapeConfigModel> scrape) {
    Optional<String> webhook =
        receiverJobUrl.or(
            () ->
                alerting.flatMap(
                    declared ->
                        scrape.flatMap(
                            config ->
                                config.targets().stream()
                                    .filter(t -> t.job().equals(declared.receiverJob()))
                                    .findFirst()
                                    .map(
                                        target ->
                                            target.scheme()
                                                + "://"
                                                + KubernetesNames.monitorObject(target.job())
                                                + "."
                                                + namespace
                                                + ".svc:"
                                                + target.port()
                                                + declared.receiverPath()))));
    return new ReceiverAddresses(webhook, urls, smarthosts);
  }

  /**
   * Errors of a schema's receivers when the manifests are written: an option giving a receiver
   * an address its kind does not have; a declared loopback address no option replaces, on its
   * attribute. An option naming a receiver of another schema of the compilation is not this
   * schema's: see {@link #unclaimed}.
   */
  List<Diagnostic> check(Optional<AlertingModel> alerting) {
    List<Diagnostic> errors = new ArrayList<>();
    if (!kubernetesWritten || alerting.isEmpty()) {
      return errors;
    }
    AlertingModel declared = alerting.get();
    Map<String, ReceiverModel> byName = new TreeMap<>();
    declared.receivers().forEach(receiver -> byName.put(receiver.name(), receiver));
    notApplicable(byName, urls, URL, errors);
    notApplicable(byName, smarthosts, SMARTHOST, errors);
    for (ReceiverModel receiver : declared.receivers()) {
      if (!urls.containsKey(receiver.name())
          && !receiver.url().isEmpty()
          && BaseUrls.isLoopback(receiver.url())) {
        errors.add(loopback(receiver, "url", receiver.url(), URL));
      }
      if (!smarthosts.containsKey(receiver.name())
          && !receiver.smarthost().isEmpty()
          && BaseUrls.isLoopback("smtp://" + receiver.smarthost())) {
        errors.add(loopback(receiver, "smarthost", receiver.smarthost(), SMARTHOST));
      }
    }
    return errors;
  }

  private static void notApplicable(
      Map<String, ReceiverModel> byName,
      Map<String, String> addresses,
      String suffix,
      List<Diagnostic> errors) {
    for (String name : addresses.keySet()) {
      ReceiverModel receiver = byName.get(name);
      if (receiver != null && !takes(receiver.kind(), suffix)) {
        errors.add(
            Diagnostic.at(
                receiver.origin(),
                "kind",
                Message.RECEIVER_OPTION_NOT_APPLICABLE,
                RECEIVER_PREFIX + name + suffix,
                name,
                receiver.kind().name(),
                suffix.substring(1)));
      }
    }
  }

  /** An option naming {@code receiver}, which no {@code @Alerting} of the compilation declares. */
  record Unclaimed(String option, String receiver) {}

  /**
   * The options naming a receiver that none of {@code declared}, the compilation's, is: one
   * compilation may hold several schemas, and an option is for whichever declares its receiver.
   * Nothing when no manifests are written.
   */
  List<Unclaimed> unclaimed(Set<String> declared) {
    List<Unclaimed> unclaimed = new ArrayList<>();
    if (kubernetesWritten) {
      unclaimed(urls, URL, declared, unclaimed);
      unclaimed(smarthosts, SMARTHOST, declared, unclaimed);
    }
    return unclaimed;
  }

  private static void unclaimed(
      Map<String, String> addresses, String suffix, Set<String> declared, List<Unclaimed> into) {
    for (String name : addresses.keySet()) {
      if (!declared.contains(name)) {
        into.add(new Unclaimed(RECEIVER_PREFIX + name + suffix, name));
      }
    }
  }

  /** Whether a receiver of {@code kind} sends to the address the option suffix names. */
  private static boolean takes(ReceiverKind kind, String suffix) {
    return switch (kind) {
      case PAGERDUTY, WEBHOOK -> suffix.equals(URL);
      case EMAIL -> suffix.equals(SMARTHOST);
      case SLACK -> false;
    };
  }

  private static Diagnostic loopback(
      ReceiverModel receiver, String attribute, String address, String suffix) {
    return Diagnostic.at(
        receiver.origin(),
        attribute,
        Message.LOOPBACK_KUBERNETES_RECEIVER,
        receiver.name(),
        address,
        RECEIVER_PREFIX + receiver.name() + suffix);
  }

  private static String receiver(String rest, String suffix) {
    return rest.substring(0, rest.length() - suffix.length());
  }

  private static boolean isUrl(OptionValues values, String option, String url) {
    Optional<String> problem = urlProblem(url);
    problem.ifPresent(why -> values.invalid(option, url, "an http or https URL: " + why));
    return problem.isEmpty();
  }

  private static Optional<String> urlProblem(String url) {
    if (url.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("it holds a space or a line break");
    }
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        return Optional.of("it is not an absolute http or https URL");
      }
      return uri.getHost() == null ? Optional.of("it names no host") : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("it does not parse as a URI (" + e.getReason() + ")");
    }
  }

  /** A {@code host:port} as Alertmanager's {@code smarthost} takes it. */
  private static boolean isHostPort(OptionValues values, String option, String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    boolean valid = colon > 0 && !hostPort.chars().anyMatch(Character::isWhitespace);
    if (valid) {
      try {
        URI uri = new URI("smtp://" + hostPort);
        valid =
            uri.getHost() != null
                && uri.getPort() >= 1
                && uri.getPort() <= 65535
                && uri.getRawPath().isEmpty()
                && uri.getRawUserInfo() == null;
      } catch (URISyntaxException e) {
        valid = false;
      }
    }
    if (!valid) {
      values.invalid(option, hostPort, "a host:port with a port from 1 to 65535");
    }
    return valid;
  }

  private static boolean notLoopback(
      OptionValues values, String option, String url, String shown) {
    if (BaseUrls.isLoopback(url)) {
      values.error(Message.LOOPBACK_RECEIVER_OPTION, option, shown);
      return false;
    }
    return true;
  }
}
