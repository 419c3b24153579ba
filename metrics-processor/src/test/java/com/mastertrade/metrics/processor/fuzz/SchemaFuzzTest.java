package com.mastertrade.metrics.processor.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import com.mastertrade.metrics.processor.RealSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Mutates the valid test schemas and the real MasterTrade schema, a bounded number of seeded cases
 * per build, and holds the processor to its promise: no internal error; every error located; every
 * accepted schema's recorders compile without a warning; its rules, rule tests and scrape config
 * pass promtool; its docs parse as CommonMark without broken tables or injected blocks; its
 * dashboards keep to the grid and pass Grafana's published types.
 *
 * <p>{@code -Dfuzz.cases=N} and {@code -Dfuzz.seed=S} change the run, {@code -Dfuzz.verbose=true}
 * prints every case; a failure prints its case, mutations and schema source, and writes the source
 * under {@code target/fuzz/failures/}.
 */
class SchemaFuzzTest {
  private static final int CASES = Integer.getInteger("fuzz.cases", 150);
  private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
  private static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");
  private static final Path WORK = Path.of("target/fuzz");
  private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+)\\s*;");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("public\\s+(?:final\\s+)?(?:interface|class)\\s+(\\w+)");

  /** The real schema: its interface and the files of its declarations. */
  private static final String REAL_SCHEMA = "the MasterTrade schema";

  static final List<String> SEEDS =
      List.of(
          "schemas/valid/ShopMetrics.java",
          "schemas/valid/TrickyNamesMetrics.java",
          "schemas/valid/NestedSchemaHolder.java",
          "schemas/valid/TrickyTextMetrics.java",
          "schemas/valid/EvolvingMetrics.java",
          REAL_SCHEMA);

  /** A seed schema: its files by qualified type name, and the structure of its docs. */
  record Seed(String name, Map<String, String> files, MarkdownStructure.Signature docs) {}

  @Test
  void mutatedSchemasAreAcceptedSoundlyOrRejectedWithALocatedError() throws Exception {
    deleteRecursively(WORK);
    List<Seed> seeds = new ArrayList<>();
    for (String name : SEEDS) {
      Map<String, String> files = read(name);
      Path out = WORK.resolve("seed-" + seeds.size());
      Compilation compilation = compile(files, List.of());
      FuzzOutcome outcome = FuzzOutcome.of(compilation);
      assertWithMessage("seed %s: %s", name, outcome.problems)
          .that(outcome.kind)
          .isEqualTo(FuzzOutcome.Kind.ACCEPTED);
      extract(compilation, out);
      assertWithMessage("the artifacts of seed %s", name)
          .that(ArtifactChecks.check(out, null, true))
          .isEmpty();
      seeds.add(new Seed(name, files, MarkdownStructure.signature(out.resolve("generated-docs"))));
    }

    java.util.TreeSet<String> kindSet = new java.util.TreeSet<>();
    seeds.forEach(s -> kindSet.addAll(SchemaMutator.kinds(s.files())));
    List<String> kinds = new ArrayList<>(kindSet);
    kinds.add(SchemaMutator.STRUCTURE);
    GrafanaTypeCheck grafana = new GrafanaTypeCheck(WORK.resolve("dashboards"));
    Map<FuzzOutcome.Kind, Integer> counts = new TreeMap<>();
    Map<String, Integer> rejectionIds = new TreeMap<>();
    Map<String, Map<FuzzOutcome.Kind, Integer>> byKind = new TreeMap<>();
    Map<Integer, String> failures = new LinkedHashMap<>();
    Map<Integer, String> sources = new LinkedHashMap<>();
    int expectationMismatches = 0;
    for (int i = 0; i < CASES; i++) {
      // Mixed: java.util.Random's first draws from neighbouring seeds are nearly the same.
      Random random = new Random(new SplittableRandom(SEED + i).nextLong());
      // A declaration kind first, then a seed that declares it: every kind is mutated as often.
      String kind = kinds.get(random.nextInt(kinds.size()));
      List<Seed> declaring =
          seeds.stream()
              .filter(
                  s ->
                      kind.equals(SchemaMutator.STRUCTURE)
                          || SchemaMutator.kinds(s.files()).contains(kind))
              .toList();
      Seed seed = declaring.get(random.nextInt(declaring.size()));
      SchemaMutator.Mutant mutant = new SchemaMutator(random).mutate(seed.files(), kind);
      String mutated = mutant.file();
      Map<String, String> files = new LinkedHashMap<>(seed.files());
      files.put(mutated, mutant.source());
      sources.put(i, mutant.source());
      String label =
          "case "
              + i
              + " (seed "
              + seed.name()
              + ", "
              + mutant.kind()
              + " in "
              + mutated
              + ": "
              + mutant.mutations()
              + ")";
      FuzzOutcome outcome;
      try {
        Compilation compilation = compile(files, mutant.extraSources());
        outcome = FuzzOutcome.of(compilation);
        if (outcome.kind == FuzzOutcome.Kind.ACCEPTED) {
          Path out = WORK.resolve("case-" + i);
          extract(compilation, out);
          List<String> problems =
              new ArrayList<>(
                  ArtifactChecks.check(
                      out,
                      mutant.structural() ? null : seed.docs(),
                      mutant.kind().equals("SLOs")));
          if (mutant.semantic()
              && problems.removeIf(p -> p.startsWith(ArtifactChecks.EXPECTATION))) {
            expectationMismatches++;
          }
          if (!problems.isEmpty()) {
            outcome = FuzzOutcome.failure(problems);
          }
          for (String dashboard : ArtifactChecks.names(out.resolve("dashboards"), ".json")) {
            grafana.add(i, out.resolve("dashboards").resolve(dashboard));
          }
        }
      } catch (RuntimeException e) {
        outcome = FuzzOutcome.failure(List.of("the compilation threw " + e));
      }
      counts.merge(outcome.kind, 1, Integer::sum);
      byKind
          .computeIfAbsent(mutant.kind(), k -> new java.util.EnumMap<>(FuzzOutcome.Kind.class))
          .merge(outcome.kind, 1, Integer::sum);
      if (VERBOSE) {
        System.out.println(label + ": " + outcome.kind + " " + outcome.ids);
      }
      outcome.ids.forEach(id -> rejectionIds.merge(id, 1, Integer::sum));
      if (outcome.kind == FuzzOutcome.Kind.FAILURE) {
        failures.put(i, label + ":\n  " + String.join("\n  ", outcome.problems));
      }
    }
    for (Map.Entry<Integer, List<String>> tsc : grafana.run().entrySet()) {
      int owner = tsc.getKey();
      if (owner >= 0 || failures.isEmpty()) {
        String previous = failures.getOrDefault(owner, "case " + owner + ":");
        failures.put(
            owner, previous + "\n  Grafana's types: " + String.join("\n  ", tsc.getValue()));
      }
    }

    String summary =
        String.format(
            java.util.Locale.ROOT,
            "schema fuzz (seed %d): %d cases, %d accepted, %d rejected with located errors,"
                + " %d rejected by javac, %d failures; %d accepted schemas' own alert tests fail as"
                + " their mutated series or expectations say (promtool evaluates them);"
                + " diagnostics seen: %s; by declaration kind mutated: %s",
            SEED,
            CASES,
            counts.getOrDefault(FuzzOutcome.Kind.ACCEPTED, 0),
            counts.getOrDefault(FuzzOutcome.Kind.REJECTED, 0),
            counts.getOrDefault(FuzzOutcome.Kind.JAVAC_REJECTED, 0),
            failures.size(),
            expectationMismatches,
            rejectionIds,
            byKind);
    System.out.println(summary);
    Files.createDirectories(WORK);
    Files.writeString(WORK.resolve("summary.txt"), summary + "\n");
    StringBuilder report = new StringBuilder();
    for (Map.Entry<Integer, String> failure : failures.entrySet()) {
      String source = sources.getOrDefault(failure.getKey(), "");
      Path file = WORK.resolve("failures/case-" + failure.getKey() + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
      report.append(failure.getValue()).append("\n  source: ").append(file).append('\n');
      if (report.length() < 4_000) {
        report.append(source).append('\n');
      }
    }
    assertWithMessage("%s\n%s", summary, report).that(failures).isEmpty();
  }

  private static Compilation compile(Map<String, String> sources, List<String> extra) {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((type, source) -> files.add(JavaFileObjects.forSourceString(type, source)));
    for (String other : extra) {
      files.add(JavaFileObjects.forSourceString(typeName(other), other));
    }
    // The documented strict build: a lint warning in generated code fails the case. The real
    // schema's @Alerting links and sends to the stack on 127.0.0.1, so the manifests get
    // addresses of their own, as in its build; its receiver options name its receivers alone.
    List<String> options = new ArrayList<>(List.of("-Xlint:all"));
    if (sources.containsKey(RealSchema.SCHEMA)) {
      options.addAll(RealSchema.KUBERNETES_OPTIONS);
    } else {
      options.add("-Ametrics.kubernetes.runbookBase=https://runbooks.example/");
      options.add("-Ametrics.kubernetes.dashboardBase=https://grafana.example");
    }
    return Compiler.javac()
        .withOptions(options)
        .withProcessors(new MetricsSchemaProcessor())
        .compile(files);
  }

  private static String typeName(String source) {
    Matcher pkg = PACKAGE.matcher(source);
    Matcher type = PUBLIC_TYPE.matcher(source);
    String simple = type.find() ? type.group(1) : "Unnamed";
    return pkg.find() ? pkg.group(1) + "." + simple : simple;
  }

  /** The generated artifacts of the compilation's first schema, as files under {@code out}. */
  private static void extract(Compilation compilation, Path out) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/metrics/";
      int at = path.indexOf(marker);
      if (at < 0 || file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      String relative = path.substring(at + marker.length());
      relative = relative.substring(relative.indexOf('/') + 1);
      Path target = out.resolve(relative);
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
  }

  static Map<String, String> read(String name) throws IOException {
    if (name.equals(REAL_SCHEMA)) {
      return RealSchema.sources();
    }
    try (InputStream in = SchemaFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Map.of(typeName(source), source);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
