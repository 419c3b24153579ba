package com.mastertrade.metrics.processor.fuzz;

import java.util.List;

/**
 * Values the mutator writes into schema annotations, as Java source (escapes included): ordinary
 * ones, edge cases of each format, and strings meant to break the format they land in.
 */
final class HostileValues {
  private HostileValues() {}

  static final String LONG_NAME = "n".repeat(300);

  /** Names: metric names, label names and values, uids, rule groups, jobs, hosts, prefixes. */
  static final List<String> NAMES =
      List.of(
          "",
          "x",
          "Foo",
          "foo_bar",
          "fooBar",
          "a b",
          "a/b",
          "..",
          "../x",
          "a|b",
          "a,b",
          "a:b",
          "9x",
          "__x",
          "le",
          "job",
          "instance",
          "quantile",
          "_",
          "x-y",
          "\\u00e4\\u00f6",
          "a\\nb",
          "a\\tb",
          "a\\\"b",
          "a'b",
          "a`b",
          "*/",
          "{{x}}",
          "$x",
          "%s%n",
          "Default",
          "class",
          "orders",
          "ORDERS",
          "x".repeat(41),
          LONG_NAME);

  /** Texts: help, titles, descriptions, summaries, legends. */
  static final List<String> TEXTS =
      List.of(
          "Plain text",
          "",
          " ",
          "a | b",
          "| leading pipe",
          "first line\\nsecond line",
          "para\\n\\n# Injected heading",
          "\\n| a | b |\\n|---|---|",
          "# heading",
          "- list item",
          "1. numbered",
          "> quote",
          "    indented",
          "---",
          "```",
          "`code`",
          "*emphasis* and _under_",
          "[link](http://x)",
          "<script>alert(1)</script>",
          "&amp; &lt;",
          "Ends */ a comment",
          "\\\\u002a/ unicode escape",
          "@param x",
          "{@code x}",
          "back\\\\slash",
          "\\\"quoted\\\"",
          "key: value",
          "- key: value",
          "{{ $labels.job }} down",
          "{{ $value | humanize }}",
          "{{ $labels.job is down",
          "}} stray",
          "{{/* comment */}}",
          "{{ if eq 1 1 }}yes{{ end }}",
          "100%",
          "%d %s %n",
          "$x ${y} $$",
          "\\u2028line separator",
          "\\u00e9t\\u00e9 \\u6f22\\u5b57 \\ud83d\\ude80",
          "tab\\there",
          "carriage\\rreturn",
          "x".repeat(500));

  /** Prometheus durations, good and bad. */
  static final List<String> DURATIONS =
      List.of(
          "0s",
          "1s",
          "15s",
          "5m",
          "1h30m",
          "1d",
          "1w",
          "1y",
          "500ms",
          "fast",
          "",
          "5",
          "-1m",
          "1.5h",
          "5M",
          "1m1h",
          "0",
          "90s",
          "10000000000y",
          " 5m");

  /** Values of promtool's expanding series notation, good and bad. */
  static final List<String> SERIES_VALUES =
      List.of(
          "1+1x10",
          "0x20",
          "_",
          "stale",
          "_x3",
          "1 2 3",
          "1+1x",
          "abc",
          "1-1x5",
          "-2+4x3",
          "stale _ 1",
          "",
          "Inf",
          "NaN",
          "1e3",
          "0+0x0",
          "1x-1",
          "1+1x10 stale",
          "  ",
          "1,2");

  /** Integers, in source form. */
  static final List<String> INTS =
      List.of(
          "0",
          "-5",
          "1",
          "2",
          "8",
          "12",
          "23",
          "24",
          "25",
          "100",
          "1000",
          "65535",
          "65536",
          "Integer.MAX_VALUE",
          "Integer.MAX_VALUE + 1",
          "-1");

  /** Long budgets and windows, in source form. */
  static final List<String> LONGS =
      List.of(
          "0",
          "-1",
          "1",
          "10",
          "5_000",
          "100_000",
          "Long.MAX_VALUE",
          "Integer.MAX_VALUE + 1",
          "Long.MIN_VALUE",
          "3_000_000_000L");

  /** Double arrays for buckets and quantiles, in source form. */
  static final List<String> DOUBLE_ARRAYS =
      List.of(
          "{}",
          "{1}",
          "{0.1, 0.1}",
          "{1, 0.5}",
          "{Double.POSITIVE_INFINITY}",
          "{Double.NaN}",
          "{-1, 0, 1}",
          "{0.5, 0.99}",
          "{0, 1}",
          "{1e-9, 1e9}",
          "{0.5}",
          "{0.25, 0.5, 0.75, 0.99}",
          "{Double.MIN_VALUE}",
          "{1e300, Double.MAX_VALUE}");

  /** Units. */
  static final List<String> UNITS =
      List.of(
          "seconds",
          "second",
          "bytes",
          "byte",
          "ratio",
          "milliseconds",
          "usd",
          "Seconds",
          "",
          "meters",
          "9s",
          "per_second",
          "celsius",
          "a b");
}
