package com.mastertrade.metrics.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates the source of a valid schema: annotation values replaced by {@link HostileValues},
 * methods, labels and categories renamed into each other, and declarations put where the processor
 * cannot use them. Works on the text, so any schema file can be a seed.
 */
final class SchemaMutator {
  /**
   * One mutated schema: the file mutated and its new source, extra sources, the mutations, the kind
   * of declaration mutated; {@code structural} if it may change what the docs contain, {@code
   * semantic} if it changes what an alert test's series or expectations mean, which only evaluating
   * the rules can tell.
   */
  record Mutant(
      String file,
      String source,
      List<String> extraSources,
      List<String> mutations,
      String kind,
      boolean structural,
      boolean semantic) {}

  /** The kind of a case that moves declarations rather than changing attributes. */
  static final String STRUCTURE = "structure";

  /** The attributes whose values change what an alert does on its test series. */
  private static final java.util.Set<String> SEMANTIC =
      java.util.Set.of("firing", "quiet", "pendingFor", "labels", "job", "host", "series", "expr");

  /**
   * The declaration kind of an annotation that is not nested in another: the file of the real
   * schema it is declared in. Nested annotations belong to the kind of the one around them.
   */
  static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("MetricsSchema", "metrics"),
          Map.entry("Category", "metrics"),
          Map.entry("Metric", "metrics"),
          Map.entry("Label", "metrics"),
          Map.entry("LabelValue", "metrics"),
          Map.entry("MaxValues", "metrics"),
          Map.entry("Buckets", "metrics"),
          Map.entry("Quantiles", "metrics"),
          Map.entry("DeprecatedMetric", "metrics"),
          Map.entry("AcceptedBreak", "metrics"),
          Map.entry("AcceptedBreaks", "metrics"),
          Map.entry("ServiceLevelObjectives", "SLOs"),
          Map.entry("AlertGroup", "alerts"),
          Map.entry("Alerting", "routing"),
          Map.entry("Dashboard", "dashboards"),
          Map.entry("ExampleQueries", "queries"),
          Map.entry("ScrapeConfig", "scrape config"));

  private static final Pattern METHOD =
      Pattern.compile("(\\w+Recorder)\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*;");
  private static final Pattern CATEGORY =
      Pattern.compile("@Category\\([^@]*?\\)\\s*(?:public\\s+)?interface\\s+(\\w+)\\s*\\{");
  private static final Pattern SCHEMA =
      Pattern.compile("@MetricsSchema\\([^)]*\\)\\s*public\\s+interface\\s+(\\w+)\\s*\\{");
  private static final Pattern NAMESPACE = Pattern.compile("namespace\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern BUCKETS = Pattern.compile("@Buckets\\(([^)]*)\\)");
  private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s*\\{");

  private static final String A = "com.mastertrade.metrics.annotations.";
  private static final String COUNTER = "com.mastertrade.metrics.runtime.CounterRecorder";

  private final Random random;

  SchemaMutator(Random random) {
    this.random = random;
  }

  /** The declaration kinds {@code files} declare, sorted. */
  static List<String> kinds(Map<String, String> files) {
    java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
    for (String source : files.values()) {
      for (AnnotationUses.Use use : outermost(AnnotationUses.of(source))) {
        if (KINDS.containsKey(use.annotation())) {
          kinds.add(KINDS.get(use.annotation()));
        }
      }
    }
    return List.copyOf(kinds);
  }

  /**
   * Mutates one file of {@code files}: 1 to 3 attribute values of one declaration kind (chosen
   * evenly among the kinds the schema declares, so SLOs and routing are mutated as often as
   * metrics), or 1 to 3 structural changes.
   */
  Mutant mutate(Map<String, String> files) {
    List<String> kinds = new ArrayList<>(kinds(files));
    kinds.add(STRUCTURE);
    return mutate(files, kinds.get(random.nextInt(kinds.size())));
  }

  /** Mutates one file of {@code files} that declares {@code kind} (any file for STRUCTURE). */
  Mutant mutate(Map<String, String> files, String kind) {
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (kind.equals(STRUCTURE) || !usesOfKind(file.getValue(), kind).isEmpty()) {
        candidates.add(file.getKey());
      }
    }
    String file = candidates.get(random.nextInt(candidates.size()));
    String source = files.get(file);
    List<String> extra = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    boolean structural = kind.equals(STRUCTURE);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String before = source;
      if (kind.equals(STRUCTURE)) {
        source = structural(source, extra, applied);
      } else {
        List<AnnotationUses.Use> uses = usesOfKind(source, kind);
        AnnotationUses.Use use = uses.get(random.nextInt(uses.size()));
        Map<String, MutationOperators.Operator> operators =
            MutationOperators.of(use.annotation());
        List<String> attributes = List.copyOf(operators.keySet());
        String attribute = attributes.get(random.nextInt(attributes.size()));
        MutationOperators.Operator operator = operators.get(attribute);
        structural |= operator.structural();
        source = set(source, use, attribute, operator, applied);
      }
      if (before.equals(source) && extra.isEmpty()) {
        applied.add("(no-op)");
      }
    }
    boolean semantic =
        structural
            || applied.stream()
                .anyMatch(m -> SEMANTIC.stream().anyMatch(key -> m.contains("." + key + ":")));
    return new Mutant(file, source, extra, applied, kind, structural, semantic);
  }

  /** The annotations of {@code kind} in {@code source} that have operators, nested ones too. */
  private static List<AnnotationUses.Use> usesOfKind(String source, String kind) {
    List<AnnotationUses.Use> all = AnnotationUses.of(source);
    List<AnnotationUses.Use> uses = new ArrayList<>();
    for (AnnotationUses.Use top : outermost(all)) {
      if (!kind.equals(KINDS.get(top.annotation()))) {
        continue;
      }
      for (AnnotationUses.Use use : all) {
        if ((use == top || top.contains(use))
            && !MutationOperators.of(use.annotation()).isEmpty()) {
          uses.add(use);
        }
      }
    }
    return uses;
  }

  private static List<AnnotationUses.Use> outermost(List<AnnotationUses.Use> uses) {
    List<AnnotationUses.Use> top = new ArrayList<>();
    for (AnnotationUses.Use use : uses) {
      if (top.isEmpty() || !top.get(top.size() - 1).contains(use)) {
        top.add(use);
      }
    }
    return top;
  }

  /** {@code source} with the attribute's value replaced, or the attribute added. */
  private String set(
      String source,
      AnnotationUses.Use use,
      String attribute,
      MutationOperators.Operator operator,
      List<String> applied) {
    java.util.Optional<AnnotationUses.Attribute> written = use.attribute(attribute);
    String current = written.map(a -> source.substring(a.start(), a.end())).orElse(null);
    String value = operator.value(current, source, random);
    if (value == null || value.equals(current)) {
      return source;
    }
    applied.add(
        use.annotation()
            + "."
            + attribute
            + ": "
            + abbreviate(current == null ? "(default)" : current)
            + " -> "
            + abbreviate(value));
    if (written.isPresent()) {
      AnnotationUses.Attribute a = written.get();
      return source.substring(0, a.start()) + value + source.substring(a.end());
    }
    String assignment = attribute + " = " + value;
    if (use.argsStart() < 0) {
      return source.substring(0, use.end()) + "(" + assignment + ")" + source.substring(use.end());
    }
    if (use.attributes().size() == 1 && use.attributes().get(0).name().equals("value")) {
      // A single unnamed value must be named once another attribute is added.
      AnnotationUses.Attribute only = use.attributes().get(0);
      return source.substring(0, only.start())
          + "value = "
          + source.substring(only.start(), only.end())
          + ", "
          + assignment
          + source.substring(only.end());
    }
    String separator = use.attributes().isEmpty() ? "" : ", ";
    return source.substring(0, use.argsEnd()) + separator + assignment + source.substring(use.argsEnd());
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
  }

  private String structural(String source, List<String> extra, List<String> applied) {
    switch (random.nextInt(14)) {
      case 13 -> {
        return histogramKind(source, applied);
      }
      case 11 -> {
        List<Matcher> categories = all(CATEGORY, source);
        List<Matcher> methods = all(METHOD, source);
        boolean onCategory = methods.isEmpty() || (!categories.isEmpty() && random.nextBoolean());
        if (onCategory && !categories.isEmpty()) {
          Matcher m = categories.get(random.nextInt(categories.size()));
          applied.add("@Deprecated on category " + m.group(1));
          return source.substring(0, m.start()) + "@Deprecated " + source.substring(m.start());
        }
        if (methods.isEmpty()) {
          return source;
        }
        Matcher m = methods.get(random.nextInt(methods.size()));
        applied.add("@Deprecated on metric " + m.group(2));
        return source.substring(0, m.start()) + "@Deprecated " + source.substring(m.start());
      }
      case 12 -> {
        List<Matcher> categories = all(CATEGORY, source);
        if (categories.isEmpty()) {
          return source;
        }
        Matcher m = categories.get(random.nextInt(categories.size()));
        applied.add("type parameter on category " + m.group(1));
        return source.substring(0, m.end(1)) + "<T>" + source.substring(m.end(1));
      }
      case 9 -> {
        List<AnnotationUses.Use> alerting =
            AnnotationUses.of(source).stream()
                .filter(u -> u.annotation().equals("Alerting"))
                .toList();
        if (alerting.isEmpty()) {
          return source;
        }
        AnnotationUses.Use use = alerting.get(0);
        applied.add("second @Alerting");
        String copy = source.substring(use.at(), use.end());
        String member = copy + " interface SecondAlerting {}";
        return SCHEMA.matcher(source).find()
            ? insertInSchema(source, member)
            : source.substring(0, use.at()) + source.substring(use.at()).replaceFirst(
                "\\binterface\\s+(\\w+)\\s*\\{",
                "interface $1 { " + Matcher.quoteReplacement(member));
      }
      case 10 -> {
        Matcher enumType = ENUM.matcher(source);
        if (!enumType.find()) {
          return source;
        }
        applied.add("@ExampleQueries on enum " + enumType.group(1));
        return source.substring(0, enumType.start())
            + "@"
            + A
            + "ExampleQueries(@"
            + A
            + "Query(name = \"On an enum\", description = \"Read?\", expr = \"vector(1)\")) "
            + source.substring(enumType.start());
      }
      case 0 -> {
        List<Matcher> methods = all(METHOD, source);
        if (methods.size() < 2) {
          return source;
        }
        Matcher m = methods.get(random.nextInt(methods.size()));
        Matcher other = methods.get(random.nextInt(methods.size()));
        String name = other.group(2);
        String[] variants = {
          name,
          snake(name),
          name.toUpperCase(java.util.Locale.ROOT),
          "values",
          "registry",
          "register"
        };
        String renamed = variants[random.nextInt(variants.length)];
        applied.add("rename method " + m.group(2) + " -> " + renamed);
        return source.substring(0, m.start(2)) + renamed + source.substring(m.end(2));
      }
      case 1 -> {
        List<Matcher> methods = all(METHOD, source);
        Matcher m = methods.isEmpty() ? null : methods.get(random.nextInt(methods.size()));
        if (m == null || m.group(3).isBlank()) {
          return source;
        }
        // The last parameter takes the method's name.
        String params = m.group(3);
        int space = params.lastIndexOf(' ');
        String renamed = params.substring(0, space + 1) + m.group(2);
        applied.add("label of " + m.group(2) + " named like its method");
        return source.substring(0, m.start(3)) + renamed + source.substring(m.end(3));
      }
      case 2 -> {
        List<Matcher> categories = all(CATEGORY, source);
        if (categories.isEmpty()) {
          return source;
        }
        Matcher m = categories.get(random.nextInt(categories.size()));
        Matcher other = categories.get(random.nextInt(categories.size()));
        String[] variants = {
          "Default",
          "Class",
          "Int",
          other.group(1).toLowerCase(java.util.Locale.ROOT),
          "Readme",
          "Queries",
          "C" + HostileValues.LONG_NAME
        };
        String renamed = variants[random.nextInt(variants.length)];
        applied.add("rename category " + m.group(1) + " -> " + renamed);
        return replaceWord(source, m.group(1), renamed);
      }
      case 3 -> {
        applied.add("@Metric on the schema interface");
        return insertInSchema(
            source, "@" + A + "Metric(help = \"Stray\") " + COUNTER + " strayMetric();");
      }
      case 4 -> {
        Matcher category = CATEGORY.matcher(source);
        if (!category.find()) {
          return source;
        }
        applied.add("@Category nested in category " + category.group(1));
        return source.substring(0, category.end())
            + "\n@"
            + A
            + "Category(title = \"Inner\", description = \"Nested.\") interface Inner {"
            + " @"
            + A
            + "Metric(help = \"Inner\") "
            + COUNTER
            + " innerRuns(); }\n"
            + source.substring(category.end());
      }
      case 5 -> {
        applied.add("@Category beside the schema");
        return source
            + "\n@"
            + A
            + "Category(title = \"Beside\", description = \"Beside.\") interface"
            + " BesideCategory"
            + Math.abs(source.hashCode() % 1000)
            + " { @"
            + A
            + "Metric(help = \"Beside\") "
            + COUNTER
            + " besideRuns(); }\n";
      }
      case 6 -> {
        applied.add("second @ScrapeConfig");
        return insertInSchema(
            source,
            "@"
                + A
                + "ScrapeConfig(targets = @"
                + A
                + "ScrapeTarget(job = \"second\", port = 9999)) interface SecondScrape {}");
      }
      case 7 -> {
        Matcher schema = SCHEMA.matcher(source);
        if (!schema.find()) {
          return source;
        }
        applied.add("category inherited from a super-interface");
        String base = "InheritedBase" + Math.abs(source.hashCode() % 1000);
        String withExtends =
            source.substring(0, schema.end() - 1)
                + "extends "
                + base
                + " {"
                + source.substring(schema.end());
        return withExtends
            + "\ninterface "
            + base
            + " { @"
            + A
            + "Category(title = \"Inherited\", description = \"From a super-interface.\") interface"
            + " Inherited { @"
            + A
            + "Metric(help = \"Inherited\") "
            + COUNTER
            + " inheritedRuns(); } }\n";
      }
      default -> {
        Matcher namespace = NAMESPACE.matcher(source);
        if (!namespace.find()) {
          return source;
        }
        applied.add("second schema of namespace " + namespace.group(1));
        extra.add(
            "package second;\n@"
                + A
                + "MetricsSchema(namespace = \""
                + namespace.group(1)
                + "\")\n"
                + "public interface SecondSchema { @"
                + A
                + "Category(title = \"Second\", description = \"Second.\") interface Second { @"
                + A
                + "Metric(help = \"Second\") "
                + COUNTER
                + " secondRuns(); } }\n");
        return source;
      }
    }
  }

  /**
   * A histogram's kind and native parameters: classic, native-only (its bounds then wrong, and
   * every template using its _bucket, _count or _sum), both; resolutions and bucket limits in and
   * out of range, and on a classic histogram.
   */
  private String histogramKind(String source, List<String> applied) {
    List<Matcher> buckets = all(BUCKETS, source);
    if (buckets.isEmpty()) {
      return source;
    }
    Matcher m = buckets.get(random.nextInt(buckets.size()));
    String kind = List.of("CLASSIC", "NATIVE", "BOTH").get(random.nextInt(3));
    String args = m.group(1).strip();
    boolean bounds = !args.isEmpty();
    if (kind.equals("NATIVE") && bounds && random.nextBoolean()) {
      args = ""; // a native-only histogram as written correctly: no classic bounds
    }
    StringBuilder attributes = new StringBuilder();
    if (!args.isEmpty()) {
      attributes.append(args.startsWith("{") ? "value = " + args : args).append(", ");
    }
    attributes.append("kind = ").append(A).append("HistogramKind.").append(kind);
    if (random.nextBoolean()) {
      int schema = List.of(-5, -4, 0, 3, 8, 9).get(random.nextInt(6));
      attributes.append(", nativeInitialSchema = ").append(schema);
    }
    if (random.nextBoolean()) {
      int limit = List.of(-1, 0, 1, 160, Integer.MAX_VALUE).get(random.nextInt(5));
      attributes.append(", nativeMaxBuckets = ").append(limit);
    }
    applied.add("histogram @Buckets(" + attributes + ")");
    return source.substring(0, m.start(1)) + attributes + source.substring(m.end(1));
  }

  private static String insertInSchema(String source, String member) {
    Matcher schema = SCHEMA.matcher(source);
    if (!schema.find()) {
      return source;
    }
    return source.substring(0, schema.end())
        + "\n"
        + member
        + "\n"
        + source.substring(schema.end());
  }

  private static String replaceWord(String source, String word, String replacement) {
    return source.replaceAll(
        "\\b" + Pattern.quote(word) + "\\b", Matcher.quoteReplacement(replacement));
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Matcher> all(Pattern pattern, String source) {
    List<Matcher> matches = new ArrayList<>();
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      Matcher copy = pattern.matcher(source);
      copy.find(m.start());
      matches.add(copy);
    }
    return matches;
  }
}
