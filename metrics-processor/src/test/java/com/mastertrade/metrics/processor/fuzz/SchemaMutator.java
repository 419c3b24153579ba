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
  /** One mutated schema; {@code structural} if it may change what the docs contain. */
  /**
   * One mutated schema; {@code structural} if it may change what the docs contain, {@code semantic}
   * if it changes what an alert test's series or expectations mean, which only evaluating the rules
   * can tell.
   */
  record Mutant(
      String source,
      List<String> extraSources,
      List<String> mutations,
      boolean structural,
      boolean semantic) {}

  /** The attributes whose values change what an alert does on its test series. */
  private static final java.util.Set<String> SEMANTIC =
      java.util.Set.of("firing", "quiet", "pendingFor", "labels", "job", "host", "series", "expr");

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern NUMBER =
      Pattern.compile(
          "\\b(width|height|port|maxAgeSeconds|maxSeries|maxSeriesPerMetric)\\s*=\\s*([^,)\\n"
              + "]+?)(?=\\s*[,)\\n"
              + "])|@MaxValues\\(([^)]+)\\)");
  private static final Pattern DOUBLES =
      Pattern.compile("@(Buckets|Quantiles)\\((?:value\\s*=\\s*)?(\\{[^}]*\\})");
  private static final Pattern QUANTILES = Pattern.compile("@Quantiles\\([^)]*\\)\\s*");
  private static final Pattern METHOD =
      Pattern.compile("(\\w+Recorder)\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*;");
  private static final Pattern CATEGORY =
      Pattern.compile("@Category\\([^@]*?\\)\\s*(?:public\\s+)?interface\\s+(\\w+)\\s*\\{");
  private static final Pattern SCHEMA =
      Pattern.compile("@MetricsSchema\\([^)]*\\)\\s*public\\s+interface\\s+(\\w+)\\s*\\{");
  private static final Pattern NAMESPACE = Pattern.compile("namespace\\s*=\\s*\"([^\"]*)\"");

  private static final Map<String, List<String>> STRING_POOLS =
      Map.ofEntries(
          Map.entry("name", HostileValues.NAMES),
          Map.entry("record", HostileValues.NAMES),
          Map.entry("uid", HostileValues.NAMES),
          Map.entry("job", HostileValues.NAMES),
          Map.entry("host", HostileValues.NAMES),
          Map.entry("prefix", HostileValues.NAMES),
          Map.entry("namespace", HostileValues.NAMES),
          Map.entry("label", HostileValues.NAMES),
          Map.entry("labels", HostileValues.NAMES),
          Map.entry("Label", HostileValues.NAMES),
          Map.entry("LabelValue", HostileValues.NAMES),
          Map.entry("unit", HostileValues.UNITS),
          Map.entry("help", HostileValues.TEXTS),
          Map.entry("title", HostileValues.TEXTS),
          Map.entry("description", HostileValues.TEXTS),
          Map.entry("summary", HostileValues.TEXTS),
          Map.entry("legend", HostileValues.TEXTS),
          Map.entry("tags", HostileValues.TEXTS),
          Map.entry("pendingFor", HostileValues.DURATIONS),
          Map.entry("scrapeInterval", HostileValues.DURATIONS),
          Map.entry("evaluationInterval", HostileValues.DURATIONS),
          Map.entry("firing", HostileValues.SERIES_VALUES),
          Map.entry("quiet", HostileValues.SERIES_VALUES));

  /** Attributes holding PromQL templates: mutated as expressions, not from a pool. */
  private static final java.util.Set<String> PROMQL = java.util.Set.of("expr", "series");

  private static final String A = "com.mastertrade.metrics.annotations.";
  private static final String COUNTER = "com.mastertrade.metrics.runtime.CounterRecorder";

  private final Random random;

  SchemaMutator(Random random) {
    this.random = random;
  }

  Mutant mutate(String seed) {
    String source = seed;
    List<String> extra = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    boolean structural = false;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(100);
      String before = source;
      if (kind < 55) {
        source = replaceString(source, applied);
      } else if (kind < 68) {
        source = replaceNumber(source, applied);
      } else if (kind < 78) {
        source = replaceDoubles(source, applied);
      } else {
        structural = true;
        source = structural(source, extra, applied);
      }
      if (before.equals(source) && extra.isEmpty()) {
        applied.add("(no-op)");
      }
    }
    boolean semantic =
        structural
            || applied.stream()
                .anyMatch(m -> SEMANTIC.stream().anyMatch(key -> m.startsWith(key + ":")));
    return new Mutant(source, extra, applied, structural, semantic);
  }

  private String replaceString(String source, List<String> applied) {
    List<int[]> candidates = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher literal = STRING.matcher(source);
    while (literal.find()) {
      String key = keyOf(source, literal.start());
      if (key != null && (STRING_POOLS.containsKey(key) || PROMQL.contains(key))) {
        candidates.add(new int[] {literal.start(1), literal.end(1)});
        keys.add(key);
      }
    }
    if (candidates.isEmpty()) {
      return source;
    }
    // An attribute first, then one of its values: rare attributes are mutated as often as help.
    List<String> distinct = keys.stream().distinct().sorted().toList();
    String key = distinct.get(random.nextInt(distinct.size()));
    List<Integer> ofKey = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).equals(key)) {
        ofKey.add(i);
      }
    }
    int pick = ofKey.get(random.nextInt(ofKey.size()));
    int[] span = candidates.get(pick);
    String value;
    if (PROMQL.contains(key)) {
      value = promql(source.substring(span[0], span[1]));
    } else {
      List<String> pool = STRING_POOLS.get(keys.get(pick));
      value = pool.get(random.nextInt(pool.size()));
    }
    applied.add(
        keys.get(pick) + ": \"" + source.substring(span[0], span[1]) + "\" -> \"" + value + "\"");
    return source.substring(0, span[0]) + value + source.substring(span[1]);
  }

  /**
   * The attribute a string literal is the value of: {@code name} in {@code name = "x"} and in
   * {@code name = {"a", "x"}}, {@code Label} in {@code @Label("x")}; null outside annotations.
   */
  static String keyOf(String source, int literalStart) {
    int i = literalStart - 1;
    while (i >= 0) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == '{' || c == '+') {
        i--;
      } else if (c == '"') {
        // Skip the previous literal of an array or a concatenation.
        i--;
        while (i >= 0 && !(source.charAt(i) == '"' && (i == 0 || source.charAt(i - 1) != '\\'))) {
          i--;
        }
        i--;
      } else {
        break;
      }
    }
    if (i < 0) {
      return null;
    }
    char c = source.charAt(i);
    if (c != '=' && c != '(') {
      return null;
    }
    int end = i;
    i--;
    while (i >= 0 && Character.isWhitespace(source.charAt(i))) {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && Character.isJavaIdentifierPart(source.charAt(i))) {
      i--;
    }
    String word = source.substring(i + 1, wordEnd);
    if (c == '(') {
      return i >= 0 && source.charAt(i) == '@' ? word : null;
    }
    return end > 0 ? word : null;
  }

  /**
   * Mutates a PromQL template (Java source form): breaks its syntax or its types, or extends it.
   */
  private String promql(String expr) {
    int at = expr.isEmpty() ? 0 : random.nextInt(expr.length());
    return switch (random.nextInt(12)) {
      case 0 -> "";
      case 1 -> expr.substring(0, at) + expr.substring(Math.min(expr.length(), at + 1));
      case 2 -> expr.substring(0, at) + ")" + expr.substring(at);
      case 3 -> expr.substring(0, at) + "{" + expr.substring(at);
      case 4 -> expr.replaceFirst("rate\\(", "rat(").replaceFirst("sum\\(", "summ(");
      case 5 -> "rate(" + expr + ")";
      case 6 -> "sum by (job) (" + expr + ")";
      case 7 -> "abs(" + expr + ") > bool 1";
      case 8 -> expr + " or vector(0)";
      case 9 -> "max_over_time((" + expr + ")[10m:1m])";
      case 10 -> expr.replaceFirst("\\[5m\\]", "[5m] offset 1h");
      default -> "label_replace(" + expr + ", \\\"x\\\", \\\"$1\\\", \\\"job\\\", \\\"(.*)\\\")";
    };
  }

  private String replaceNumber(String source, List<String> applied) {
    List<Matcher> matches = all(NUMBER, source);
    if (matches.isEmpty()) {
      return source;
    }
    Matcher m = matches.get(random.nextInt(matches.size()));
    int group = m.group(2) != null ? 2 : 3;
    boolean isLong = m.group(1) != null && (m.group(1).startsWith("max"));
    List<String> pool = isLong ? HostileValues.LONGS : HostileValues.INTS;
    String value = pool.get(random.nextInt(pool.size()));
    applied.add((m.group(1) == null ? "MaxValues" : m.group(1)) + " -> " + value);
    return source.substring(0, m.start(group)) + value + source.substring(m.end(group));
  }

  private String replaceDoubles(String source, List<String> applied) {
    if (random.nextInt(5) == 0) {
      Matcher quantiles = QUANTILES.matcher(source);
      if (quantiles.find()) {
        applied.add("remove @Quantiles");
        return source.substring(0, quantiles.start()) + source.substring(quantiles.end());
      }
    }
    List<Matcher> matches = all(DOUBLES, source);
    if (matches.isEmpty()) {
      return source;
    }
    Matcher m = matches.get(random.nextInt(matches.size()));
    String value =
        HostileValues.DOUBLE_ARRAYS.get(random.nextInt(HostileValues.DOUBLE_ARRAYS.size()));
    applied.add(m.group(1) + " " + m.group(2) + " -> " + value);
    return source.substring(0, m.start(2)) + value + source.substring(m.end(2));
  }

  private String structural(String source, List<String> extra, List<String> applied) {
    switch (random.nextInt(9)) {
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
