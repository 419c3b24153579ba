package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.kubernetes.KubernetesSettings;
import com.mastertrade.metrics.processor.output.ArtifactKind;
import com.mastertrade.metrics.processor.output.Destination;
import com.mastertrade.metrics.processor.validation.Message;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic.Kind;

/**
 * The processor's {@code -A} options: where each kind of artifact goes, and whether to say so; the
 * Kubernetes writer reads its own ({@link KubernetesSettings}), listed here so they are known.
 * Values are checked once per compilation; a wrong value is an error naming the option, an unknown
 * {@code metrics.*} option a warning (javac passes options of other processors too).
 */
final class ProcessorOptions {
  static final String PREFIX = "metrics.";

  /** The destination of every kind that has no option of its own. */
  static final String ARTIFACTS = "metrics.artifacts";

  /** {@code true}: a note per schema says where each kind of artifact went. */
  static final String VERBOSE = "metrics.verbose";

  static final String CLASS_OUTPUT = "class-output";
  static final String OFF = "off";

  /** An option problem, printed without an element: options belong to no source line. */
  record Problem(Kind kind, String text) {}

  private final Map<ArtifactKind, Destination> destinations;
  private final boolean verbose;
  private final List<Problem> problems;

  private ProcessorOptions(
      Map<ArtifactKind, Destination> destinations, boolean verbose, List<Problem> problems) {
    this.destinations = destinations;
    this.verbose = verbose;
    this.problems = problems;
  }

  /** Every option the processor reads, for {@code getSupportedOptions}. */
  static Set<String> supported() {
    Set<String> names = new TreeSet<>(List.of(ARTIFACTS, VERBOSE));
    for (ArtifactKind kind : ArtifactKind.values()) {
      names.add(kind.option());
    }
    names.addAll(
        List.of(
            KubernetesSettings.NAMESPACE_OPTION,
            KubernetesSettings.LABELS_OPTION,
            KubernetesSettings.DASHBOARD_LABEL_OPTION,
            KubernetesSettings.GRAFANA_FOLDER_OPTION));
    return names;
  }

  static ProcessorOptions parse(Map<String, String> options) {
    List<Problem> problems = new ArrayList<>();
    Set<String> known = supported();
    for (String name : new TreeSet<>(options.keySet())) {
      if (name.startsWith(PREFIX) && !known.contains(name)) {
        problems.add(
            new Problem(
                Kind.WARNING, Message.UNKNOWN_OPTION.format(name, String.join(", ", known))));
      }
    }
    Destination fallback = destination(ARTIFACTS, options, new Destination.ClassOutput(), problems);
    Map<ArtifactKind, Destination> destinations = new EnumMap<>(ArtifactKind.class);
    for (ArtifactKind kind : ArtifactKind.values()) {
      destinations.put(kind, destination(kind.option(), options, fallback, problems));
    }
    return new ProcessorOptions(destinations, flag(VERBOSE, options, problems), problems);
  }

  private static Destination destination(
      String name, Map<String, String> options, Destination fallback, List<Problem> problems) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    String trimmed = value.trim();
    if (trimmed.equals(CLASS_OUTPUT)) {
      return new Destination.ClassOutput();
    }
    if (trimmed.equals(OFF)) {
      return new Destination.Off();
    }
    if (isAbsoluteFolder(trimmed)) {
      return new Destination.Folder(trimmed);
    }
    // javac runs wherever the build tool was started, so a relative folder would move with it.
    problems.add(new Problem(Kind.ERROR, Message.INVALID_DESTINATION.format(name, value, name)));
    return fallback;
  }

  private static boolean isAbsoluteFolder(String value) {
    try {
      return !value.isEmpty() && Path.of(value.replace("{namespace}", "n")).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static boolean flag(String name, Map<String, String> options, List<Problem> problems) {
    if (!options.containsKey(name)) {
      return false;
    }
    // javac passes -Aname without a value as a null value.
    String value = options.get(name) == null ? "" : options.get(name);
    String normalized = value.trim().toLowerCase(Locale.ROOT);
    if (normalized.equals("true") || normalized.isEmpty()) {
      return true;
    }
    if (normalized.equals("false")) {
      return false;
    }
    problems.add(new Problem(Kind.ERROR, Message.INVALID_FLAG.format(name, value, name)));
    return false;
  }

  Destination destination(ArtifactKind kind) {
    return destinations.get(kind);
  }

  boolean verbose() {
    return verbose;
  }

  List<Problem> problems() {
    return problems;
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(problem -> problem.kind() == Kind.ERROR);
  }
}
