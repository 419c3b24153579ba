package com.mastertrade.metrics.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real MasterTrade schema, read from metrics-schema's sources: the schema interface and the
 * files of its declarations, not its typed helpers ({@code tracking}), which are not schema.
 */
public final class RealSchema {
  private static final Path ROOT =
      Path.of("../metrics-schema/src/main/java/com/mastertrade/metrics/schema");

  /** The qualified name of the schema interface. */
  public static final String SCHEMA = "com.mastertrade.metrics.schema.MasterTradeMetrics";

  /**
   * The Kubernetes options of metrics-schema's build, read from its pom: the real schema's
   * {@code @Alerting} links and sends to the stack on 127.0.0.1, so the manifests get cluster
   * addresses of their own.
   */
  public static final List<String> KUBERNETES_OPTIONS = kubernetesOptions();

  private RealSchema() {}

  private static List<String> kubernetesOptions() {
    try {
      List<String> options =
          Pattern.compile("<arg>(-Ametrics\\.kubernetes\\.[^<]+)</arg>")
              .matcher(Files.readString(Path.of("../metrics-schema/pom.xml")))
              .results()
              .map(match -> match.group(1))
              .toList();
      if (options.isEmpty()) {
        throw new IllegalStateException("metrics-schema/pom.xml sets no Kubernetes option");
      }
      return options;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each file's qualified type name and its source, in a stable order. */
  public static Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !ROOT.relativize(f).startsWith("tracking"))
              .sorted()
              .toList()) {
        String relative = ROOT.relativize(file).toString().replace('/', '.');
        String type = relative.substring(0, relative.length() - ".java".length());
        sources.put("com.mastertrade.metrics.schema." + type, Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }
}
