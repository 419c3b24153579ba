package com.mastertrade.metrics.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** The machine, JDK and library versions a report was measured with. */
final class Environment {
  private Environment() {}

  static String describe() {
    Properties versions = versions();
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "- Machine: %s, %d cores visible to the JVM, %.0f GiB memory (%s %s)%n"
            + "- JDK: %s %s (%s)%n"
            + "- client_java %s, Micrometer %s, JMH %s%n",
        cpuModel(),
        runtime.availableProcessors(),
        totalMemoryGib(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        versions.getProperty("client_java"),
        versions.getProperty("micrometer"),
        versions.getProperty("jmh"));
  }

  private static Properties versions() {
    Properties properties = new Properties();
    try (InputStream in = Environment.class.getResourceAsStream("/benchmark-versions.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static double totalMemoryGib() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal:"))
          .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")) / (1 << 20))
          .findFirst()
          .orElse(Double.NaN);
    } catch (IOException e) {
      return Double.NaN;
    }
  }
}
