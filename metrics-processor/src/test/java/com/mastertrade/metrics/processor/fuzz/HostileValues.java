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

  /**
   * What a receiver's addresses and secret files are written as: URLs, SMTP hosts, e-mail
   * addresses, Slack channels and file names, good and bad, and secrets written where a file name
   * belongs.
   */
  static final List<String> ADDRESSES =
      List.of(
          "",
          "https://events.example/v2/enqueue",
          "http://127.0.0.1:8025/hook",
          "https://bot:hunter2@hooks.example/x",
          "hooks.example/x",
          "ftp://files.example/x",
          "https://",
          "http://a b/",
          "https://x.example/{{ .Status }}",
          "smtp.example.com:587",
          "smtp.example.com",
          "127.0.0.1:0",
          "[::1]:25",
          "host:99999",
          "oncall@example.com",
          "oncall at example",
          "a@b",
          "{{ .CommonLabels.job }}@example.com",
          "#alerts",
          "@oncall",
          "#a b",
          "secrets/key",
          "secrets/../key",
          "/etc/alertmanager/key",
          "0123456789abcdef0123456789abcdef",
          "https://hooks.slack.com/services/T0/B0/x",
          "key\nfile",
          "x".repeat(300));

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

  /** Scrape paths: absolute, relative, with a query, a fragment, spaces or escapes. */
  static final List<String> PATHS =
      List.of(
          "/metrics",
          "/actuator/prometheus",
          "/",
          "metrics",
          "",
          "/metrics?format=text",
          "/metrics#top",
          "/my metrics",
          "/m%20x",
          "/m%zz",
          "//double",
          "/ü",
          "/a/../b",
          "/line\\nbreak");

  /** URL schemes. */
  static final List<String> SCHEMES =
      List.of("http", "https", "HTTP", "ftp", "", "https:", "http ");

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

  /** References to a metric of the schema ({@code Category.method}), good and bad. */
  static final List<String> REFERENCES =
      List.of(
          "",
          "x",
          "Http.requests",
          "Http.requestDuration",
          "Orders.placed",
          "Orders.open",
          "Nope.nothing",
          "{Orders.placed}",
          "Orders.",
          ".placed",
          "SELL",
          "a b",
          "a\\nb",
          "{{x}}");

  /** Elements an accepted break names: exposed names with or without labels. */
  static final List<String> ELEMENTS =
      List.of(
          "",
          "evolving_orders_placed{channel}",
          "evolving_orders_placed",
          "evolving_nothing",
          "orders_placed{nothing}",
          "{channel}",
          "a b",
          "a\\nb");

  /** Former names of metrics and labels: bare, suffixed, namespaced, shared, invalid. */
  static final List<String> FORMER_NAMES =
      List.of(
          "",
          "orders_created",
          "orders_created_total",
          "evolving_orders_created",
          "orders_placed",
          "orders_open",
          "placed",
          "symbol",
          "ticker",
          "side",
          "9x",
          "a b",
          "__x",
          "le",
          "{{x}}");

  /** Release names of a deprecation. */
  static final List<String> VERSIONS =
      List.of("2.0", "", " ", "1.0.0-rc.1", "a\\nb", "next", "{{x}}", "x".repeat(300));

  /** Expected labels of an alert test, {@code name=value}, good and bad. */
  static final List<String> TEST_LABELS =
      List.of(
          "job=api_gateway",
          "job",
          "=x",
          "job=",
          "severity=critical",
          "alertname=Other",
          "job=\\\"x\\\"",
          "a b=c",
          "job=a\\nb",
          "instance=127.0.0.1:1",
          "le=0.5",
          "job={{x}}");

  /** Paths of the alert receiver's URL. */
  static final List<String> URL_PATHS =
      List.of(
          "/alertmanager",
          "alertmanager",
          "",
          "/",
          "/a b",
          "/{{x}}",
          "/a?b=c",
          "/../x",
          "//x",
          "/a#b",
          "/a\\nb",
          "/\\u00e4");

  /** Base URLs of runbooks and dashboards. */
  static final List<String> URLS =
      List.of(
          "http://127.0.0.1:3000",
          "http://127.0.0.1:8007/runbooks/",
          "https://grafana.example.com/",
          "",
          "relative/path",
          "http://a b",
          "http://x/{{ $labels.job }}",
          "{{x}}",
          "ftp://x",
          "javascript:alert(1)",
          "http://x/a\\nb",
          "http://x/?a=1&b=2",
          "http://[::1]:3000",
          "http://x/%zz");

  /** Names of a credentials file. */
  static final List<String> FILE_NAMES =
      List.of(
          "",
          "internal-credential",
          "/etc/secret",
          "a\\nb",
          "../x",
          "secret file",
          "a\\tb",
          "{{x}}",
          "a:b",
          "x".repeat(300));

  /** SLO objectives, in percent. */
  static final List<String> OBJECTIVES =
      List.of(
          "99.9",
          "99",
          "0",
          "100",
          "-1",
          "50",
          "93",
          "99.999999",
          "1e-9",
          "Double.NaN",
          "Double.POSITIVE_INFINITY");

  /** Latency SLO thresholds, in seconds. */
  static final List<String> THRESHOLDS =
      List.of(
          "0.1", "0.25", "0.5", "1", "0", "-1", "1e9", "Double.NaN", "Double.POSITIVE_INFINITY");

  /** Grafana units of a panel. */
  static final List<String> PANEL_UNITS =
      List.of("short", "s", "percentunit", "bytes", "", "a b", "{{x}}", "\\\"", "reqps");
}
