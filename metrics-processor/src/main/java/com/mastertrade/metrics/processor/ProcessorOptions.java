package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.output.Destination;
import com.mastertrade.metrics.processor.promql.syntax.PrometheusVersion;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.GrafanaDatasourceSettings;
import com.mastertrade.metrics.processor.resolved.KubernetesSettings;
import com.mastertrade.metrics.processor.validation.Message;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;

/**
 * Every {@code -A} option of the processor, parsed in this one place once per compilation: where
 * each kind of artifact goes, whether to say so, the Prometheus the schema is written for, and the
 * Kubernetes settings. A missing, empty or
 * wrong value is an error naming the option; an unknown {@code metrics.*} option a warning (javac
 * passes options of other processors too).
 */
final class ProcessorOptions {
  static final String PREFIX = "metrics.";

  /** The destination of every kind that has no option of its own. */
  static final String ARTIFACTS = "metrics.artifacts";

  /** {@code true}: a note per schema says where each kind of artifact went. */
  static final String VERBOSE = "metrics.verbose";

  /** The Prometheus version the PromQL and scrape config are written for: 2.42 or 3.5. */
  static final String PROMETHEUS = "metrics.prometheus";

  /** {@code true}: the target runs with {@code promql-experimental-functions}. */
  static final String EXPERIMENTAL_FUNCTIONS = "metrics.promqlExperimentalFunctions";

  static final String CLASS_OUTPUT = "class-output";
  static final String OFF = "off";

  private final Map<ArtifactKind, Destination> destinations;
  private final boolean verbose;
  private final PromqlTarget target;
  private final KubernetesOptions kubernetes;
  private final LinkOptions links;
  private final ReceiverOptions receivers;
  private final GrafanaDatasourceOptions datasources;
  private final List<OptionValues.Problem> problems;

  private ProcessorOptions(
      Map<ArtifactKind, Destination> destinations,
      boolean verbose,
      PromqlTarget target,
      KubernetesOptions kubernetes,
      LinkOptions links,
      ReceiverOptions receivers,
      GrafanaDatasourceOptions datasources,
      List<OptionValues.Problem> problems) {
    this.destinations = destinations;
    this.verbose = verbose;
    this.target = target;
    this.kubernetes = kubernetes;
    this.links = links;
    this.receivers = receivers;
    this.datasources = datasources;
    this.problems = problems;
  }

  /**
   * Every option the processor reads, for {@code getSupportedOptions}: the receiver options are
   * named after the schema's receivers, so those among {@code given} count.
   */
  static Set<String> supported(Set<String> given) {
    Set<String> names =
        new TreeSet<>(List.of(ARTIFACTS, VERBOSE, PROMETHEUS, EXPERIMENTAL_FUNCTIONS));
    for (ArtifactKind kind : ArtifactKind.values()) {
      names.add(kind.option());
    }
    names.addAll(KubernetesOptions.ALL);
    names.addAll(LinkOptions.ALL);
    names.addAll(ReceiverOptions.given(given));
    names.addAll(GrafanaDatasourceOptions.ALL);
    return names;
  }

  static ProcessorOptions parse(Map<String, String> options) {
    OptionValues values = new OptionValues(options);
    Set<String> known = supported(options.keySet());
    for (String name : new TreeSet<>(options.keySet())) {
      if (name.startsWith(PREFIX) && !known.contains(name)) {
        values.warning(Message.UNKNOWN_OPTION, name, String.join(", ", known));
      }
    }
    Destination fallback = destination(ARTIFACTS, values, new Destination.ClassOutput());
    Map<ArtifactKind, Destination> destinations = new EnumMap<>(ArtifactKind.class);
    Map<ArtifactKind, String> chosenBy = new EnumMap<>(ArtifactKind.class);
    for (ArtifactKind kind : ArtifactKind.values()) {
      // A folder for all kinds is laid out as the class output is: each kind in its own folder.
      Destination byDefault =
          fallback instanceof Destination.Folder root
              ? new Destination.Folder(root.template() + "/" + kind.folder())
              : fallback;
      destinations.put(kind, destination(kind.option(), values, byDefault));
      chosenBy.put(kind, values.isGiven(kind.option()) ? kind.option() : ARTIFACTS);
    }
    SharedFolders.check(destinations, chosenBy, values);
    PromqlTarget target =
        new PromqlTarget(version(values), flag(EXPERIMENTAL_FUNCTIONS, values));
    boolean kubernetesWritten =
        !(destinations.get(ArtifactKind.KUBERNETES) instanceof Destination.Off);
    return new ProcessorOptions(
        destinations,
        flag(VERBOSE, values),
        target,
        KubernetesOptions.read(values),
        LinkOptions.read(values, kubernetesWritten),
        ReceiverOptions.read(values, options.keySet(), kubernetesWritten),
        GrafanaDatasourceOptions.read(values),
        values.problems());
  }

  private static PrometheusVersion version(OptionValues values) {
    String known =
        Arrays.stream(PrometheusVersion.values())
            .map(PrometheusVersion::label)
            .collect(Collectors.joining(" or "));
    return values
        .value(PROMETHEUS, PromqlTarget.DEFAULT.version().label())
        .map(
            value ->
                PrometheusVersion.of(value)
                    .orElseGet(
                        () -> {
                          values.error(
                              Message.INVALID_PROMETHEUS_VERSION,
                              PROMETHEUS,
                              values.raw(PROMETHEUS),
                              known);
                          return PromqlTarget.DEFAULT.version();
                        }))
        .orElse(PromqlTarget.DEFAULT.version());
  }

  private static Destination destination(String name, OptionValues values, Destination fallback) {
    String value = values.value(name, OFF).orElse(null);
    if (value == null) {
      return fallback;
    }
    if (value.equals(CLASS_OUTPUT)) {
      return new Destination.ClassOutput();
    }
    if (value.equals(OFF)) {
      return new Destination.Off();
    }
    // javac runs wherever the build tool was started, so a relative folder would move with it.
    return absoluteFolder(value)
        .<Destination>map(Destination.Folder::new)
        .orElseGet(
            () -> {
              values.error(Message.INVALID_DESTINATION, name, values.raw(name), name);
              return fallback;
            });
  }

  /** The folder, {@code ..} and {@code .} resolved, if the value is an absolute path. */
  private static Optional<String> absoluteFolder(String value) {
    try {
      Path path = Path.of(value);
      // {namespace} stands for one segment, so it normalizes like any folder name.
      return path.isAbsolute() ? Optional.of(path.normalize().toString()) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static boolean flag(String name, OptionValues values) {
    if (!values.isGiven(name)) {
      return false;
    }
    // -Ametrics.verbose alone turns it on, as a flag does.
    String normalized = values.raw(name).trim().toLowerCase(Locale.ROOT);
    if (normalized.equals("true") || normalized.isEmpty()) {
      return true;
    }
    if (!normalized.equals("false")) {
      values.error(Message.INVALID_FLAG, name, values.raw(name), name);
    }
    return false;
  }

  Destination destination(ArtifactKind kind) {
    return destinations.get(kind);
  }

  boolean verbose() {
    return verbose;
  }

  /** The Prometheus the schema's PromQL is read and written for. */
  PromqlTarget promqlTarget() {
    return target;
  }

  /**
   * The Kubernetes settings of the schema whose namespace is {@code schemaNamespace}, whose
   * routing is {@code alerting} and whose scrape jobs are {@code scrape}.
   */
  KubernetesSettings kubernetes(
      String schemaNamespace,
      Optional<AlertingModel> alerting,
      Optional<ScrapeConfigModel> scrape) {
    return kubernetes.settings(
        schemaNamespace,
        links.kubernetesLinks(alerting),
        namespace -> receivers.addresses(namespace, alerting, scrape));
  }

  /** The runbook and dashboard links of a schema's alerts. */
  AlertLinks alertLinks(Optional<AlertingModel> alerting) {
    return links.links(alerting);
  }

  /**
   * Errors on the links and receivers of a schema's {@code @Alerting} that the options leave
   * unusable, or on the receiver options that do not fit it.
   */
  List<com.mastertrade.metrics.processor.validation.Diagnostic> linkErrors(
      Optional<AlertingModel> alerting) {
    List<com.mastertrade.metrics.processor.validation.Diagnostic> errors =
        new java.util.ArrayList<>(links.check(alerting));
    errors.addAll(receivers.check(alerting));
    return errors;
  }

  /** The receiver options naming none of {@code declared}, the compilation's receivers. */
  List<ReceiverOptions.Unclaimed> unclaimedReceiverOptions(Set<String> declared) {
    return receivers.unclaimed(declared);
  }

  /** Where the Grafana data sources of the schema reach Prometheus and Zipkin. */
  GrafanaDatasourceSettings datasources(KubernetesSettings kubernetes) {
    return datasources.settings(kubernetes.namespace());
  }

  List<OptionValues.Problem> problems() {
    return problems;
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(problem -> problem.kind() == Kind.ERROR);
  }
}
