package com.mastertrade.metrics.processor.validation;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports, in one place: an id in brackets (so users can search for
 * it and tests can match it), what is wrong, and how to fix it.
 */
public enum Message {
  NOT_AN_INTERFACE("SchemaShape", "@%s must annotate an interface, but %s is %s"),
  NO_CATEGORIES(
      "SchemaShape",
      "schema %s declares no category: nest an interface annotated @Category(title = ...,"
          + " description = ...)"),
  UNDECLARED_INHERITED_METHOD(
      "MissingMetric",
      "category %s inherits %s without declaring it: redeclare it in %s with @Override and"
          + " @Metric(help = \"...\")"),
  INVALID_NAMESPACE(
      "Namespace",
      "namespace '%s' is not a valid metric name prefix: use letters, digits and '_' only, not"
          + " starting with a digit, e.g. '%s'"),
  INVALID_CATEGORY_PREFIX(
      "CategoryPrefix",
      "category prefix '%s' is not valid: use letters, digits and '_' only, not starting with a"
          + " digit, e.g. '%s'"),
  MISSING_METRIC_ANNOTATION(
      "MissingMetric",
      "method %s declares no metric: annotate it with @Metric(help = \"...\"), or give it a"
          + " default body"),
  METRIC_ON_CONCRETE_METHOD(
      "MissingMetric",
      "method %s has a body, so @Metric declares nothing: remove the body to declare a metric,"
          + " or remove @Metric from the helper"),
  UNSUPPORTED_RETURN_TYPE(
      "MetricType",
      "%s returns %s, which is not a metric type: return CounterRecorder, GaugeRecorder,"
          + " HistogramRecorder, SummaryRecorder or InfoRecorder"),
  EMPTY_HELP(
      "Help",
      "metric %s has no help text: say in one sentence what it measures, e.g. @Metric(help ="
          + " \"Orders placed with the exchange\")"),
  INVALID_METRIC_NAME(
      "MetricName",
      "metric name '%s' is not valid: use letters, digits, '_' and ':' only, not starting with a"
          + " digit, e.g. '%s'"),
  COUNTER_TOTAL_SUFFIX(
      "CounterTotal",
      "counter name '%s' must not end in '_total': the suffix is added on exposition; write name"
          + " = \"%s\""),
  RESERVED_SUFFIX(
      "ReservedSuffix",
      "%s name '%s' ends in '%s', which Prometheus reserves for %s: rename it, e.g. '%s'"),
  INFO_SUFFIX_MISSING(
      "InfoSuffix", "info metric name '%s' must end in '_info': write name = \"%s\""),
  INVALID_UNIT(
      "Unit", "unit '%s' is not valid: use lower-case letters, digits and '_', e.g. 'seconds'"),
  NOT_BASE_UNIT(
      "BaseUnit",
      "unit '%s' is not a base unit: record %s instead (unit = \"%s\") and convert at the call"
          + " site"),
  UNIT_NOT_ALLOWED("Unit", "%s %s cannot have a unit: remove unit = \"%s\""),
  UNIT_SUFFIX_MISSING(
      "UnitSuffix", "metric name '%s' must end in '_%s', its unit: write name = \"%s\""),
  UNIT_UNDECLARED(
      "UnitSuffix", "metric name '%s' ends in '_%s' but declares no unit: add unit = \"%s\""),
  INVALID_LABEL_NAME(
      "LabelName",
      "label name '%s' is not valid: use letters, digits and '_' only, not starting with a digit"
          + " or '__', e.g. '%s'"),
  RESERVED_LABEL_NAME(
      "ReservedLabel", "label name '%s' is reserved (%s): rename the label, e.g. @Label(\"%s\")"),
  DUPLICATE_LABEL_NAME(
      "DuplicateLabel", "label name '%s' is used twice in %s: rename one with @Label(\"...\")"),
  UNSUPPORTED_LABEL_TYPE(
      "LabelType",
      "label %s has type %s, which cannot be a label: use an enum (a closed set), boolean, or"
          + " String with @MaxValues(n)"),
  UNBOUNDED_OPEN_LABEL(
      "OpenLabelBound",
      "String label %s has no bound: add @MaxValues(n) with the most distinct values it may"
          + " take; values beyond it are recorded as __overflow__ and counted"),
  INVALID_MAX_VALUES("OpenLabelBound", "@MaxValues(%d) on label %s must be at least 1"),
  MAX_VALUES_ON_CLOSED_LABEL(
      "OpenLabelBound", "@MaxValues on label %s has no effect: %s is a closed set; remove it"),
  EMPTY_ENUM_LABEL(
      "LabelValues", "enum %s of label %s has no constants: a label needs at least one value"),
  INVALID_LABEL_VALUE(
      "LabelValues",
      "enum %s of label %s gives the label value '%s' %s: give each constant its own non-empty"
          + " @LabelValue"),
  DUPLICATE_METRIC_NAME(
      "DuplicateMetric",
      "metric name '%s' is already declared by %s: metric names must be unique in the schema;"
          + " rename one"),
  MISSING_BUCKETS(
      "Buckets",
      "histogram %s declares no buckets: add @Buckets(preset = BucketPreset.HTTP_LATENCY) or"
          + " @Buckets({0.1, 0.5, 1})"),
  BUCKETS_PRESET_AND_VALUES(
      "Buckets", "@Buckets of %s gives both a preset and explicit bounds: keep one of them"),
  BUCKETS_EMPTY(
      "Buckets",
      "@Buckets of %s gives no bounds: list bounds, e.g. @Buckets({0.1, 0.5, 1}), or a preset"),
  BUCKET_NOT_FINITE(
      "Buckets", "bucket bound %s of %s is not finite: +Inf is implicit; list finite bounds only"),
  BUCKETS_NOT_INCREASING(
      "Buckets", "bucket bounds of %s must be strictly increasing, but %s follows %s"),
  BUCKETS_NAMED_AND_OTHER(
      "Buckets",
      "@Buckets of %s names the schema's buckets '%s' and also gives %s: keep one of them"),
  UNKNOWN_NAMED_BUCKETS(
      "Buckets", "@Buckets of %s names buckets '%s', which the schema does not declare: %s"),
  DUPLICATE_NAMED_BUCKETS(
      "Buckets",
      "the schema declares buckets '%s' twice: give each @NamedBuckets a name of its own"),
  NAMED_BUCKETS_EMPTY(
      "Buckets",
      "the schema's buckets '%s' list no bounds: list finite, strictly increasing upper bounds,"
          + " e.g. value = {0.1, 0.5, 1}"),
  NAMED_BUCKET_NOT_FINITE(
      "Buckets",
      "bound %s of the schema's buckets '%s' is not finite: +Inf is implicit; list finite bounds"
          + " only"),
  NAMED_BUCKETS_NOT_INCREASING(
      "Buckets",
      "bounds of the schema's buckets '%s' must be strictly increasing, but %s follows %s"),
  BUCKETS_ON_NON_HISTOGRAM(
      "Buckets",
      "%s is a %s: only histograms take @Buckets; remove it or return HistogramRecorder"),
  EXEMPLARS_UNSUPPORTED(
      "Exemplars",
      "%s is a %s, which carries no exemplars: only counters and histograms do; remove exemplars"
          + " = ON"),
  QUANTILES_ON_NON_SUMMARY(
      "Quantiles",
      "%s is a %s: only summaries take @Quantiles; remove it or return SummaryRecorder"),
  QUANTILE_OUT_OF_RANGE(
      "Quantiles", "quantile %s of %s must be strictly between 0 and 1, e.g. 0.95"),
  QUANTILES_NOT_INCREASING(
      "Quantiles", "quantiles of %s must be strictly increasing, but %s follows %s"),
  INVALID_MAX_AGE("Quantiles", "maxAgeSeconds of %s must be at least 1, was %d"),
  METRIC_OVER_BUDGET(
      "Cardinality",
      "metric %s can expose %,d series at worst (%s), above maxSeriesPerMetric = %,d: lower a"
          + " @MaxValues bound, drop a label, or raise the budget"),
  INVALID_BUDGET(
      "Cardinality",
      "%s = %d must be positive: it bounds the series at worst; write a positive number such as"
          + " 50_000, and a large one as a long literal (3_000_000_000L), which cannot overflow"),
  LABEL_SPACE_TOO_LARGE(
      "Cardinality",
      "metric %s has %,d label value combinations (%s), more than the %,d its recorders can"
          + " index: lower a @MaxValues bound or drop a label"),
  SCHEMA_OVER_BUDGET(
      "Cardinality",
      "schema %s can expose %,d series at worst, above maxSeries = %,d (largest: %s): lower"
          + " bounds or raise the budget"),
  GENERATED_TYPE_EXISTS(
      "GeneratedType",
      "cannot generate %s from %s: a type of that name already exists; rename that type, or"
          + " the schema or category"),
  UNRESOLVED_REFERENCE(
      "Unresolved",
      "schema %s was not compiled: it refers to a type or constant that does not exist; fix the"
          + " errors javac reports on it"),
  PROMQL_SYNTAX("PromqlSyntax", "%s is not valid PromQL, at column %d: %s%s"),
  PROMQL_UNKNOWN_FUNCTION(
      "PromqlFunction", "%s calls %s(), which is not a PromQL function, at column %d: %s%s"),
  PROMQL_TYPE("PromqlType", "%s is not well-typed PromQL, at column %d: %s%s"),
  PROMQL_NOT_IN_TARGET(
      "PromqlTarget", "%s is not PromQL of the target %s, at column %d: %s; %s%s"),
  PROMQL_RESULT_TYPE(
      "PromqlType",
      "%s evaluates to a %s, but Prometheus' rules and Grafana's range queries take only an"
          + " instant vector or a scalar: %s"),
  TEST_SERIES_NOT_A_SERIES(
      "AlertTest",
      "%s is not a series as promtool reads it: write a metric and = matchers only, e.g."
          + " {Category.method}{job=\"api\"}"),
  NEVER_FIRING_ALERT(
      "AlertTest",
      "alert %s can never fire, so its test cannot: %s is empty at every evaluation, as %s; fix"
          + " the expression"),
  TEST_NEVER_FIRES(
      "AlertTest",
      "the test of alert %s expects it to fire at minute %d, but %s is empty then, as %s: give"
          + " the firing series values that meet the expression"),
  UNPRODUCIBLE_TEST_LABEL(
      "AlertTest",
      "the test of alert %s expects the label '%s', but the alert's expression yields series with"
          + " %s: expect only those, or keep '%s' in the expression"),
  TEST_LABEL_VALUE_NOT_IN_SERIES(
      "AlertTest",
      "the test of alert %s expects %s=\"%s\", but the alert takes %s from its input series, and"
          + " the test's series it selects have %s: expect one of those values, or give a series"
          + " that value"),
  UNKNOWN_METRIC("MetricReference", "%s refers to {%s}, which is not a metric of the schema: %s"),
  RAW_METRIC_NAME(
      "MetricReference",
      "%s names the metric '%s' directly: refer to it as {Category.method} so that renames and"
          + " label changes are checked"),
  UNKNOWN_SERIES_SUFFIX(
      "SeriesSuffix", "%s refers to {%s}, but %s is a %s, which has no '_%s' series: %s"),
  UNKNOWN_RECORDED_SERIES(
      "MetricReference",
      "%s uses the recorded series '%s', which no @RecordingRule declares: declare it, or use one"
          + " of %s"),
  BARE_HISTOGRAM(
      "SeriesSuffix",
      "%s refers to histogram {%s}, which has no series of its own name: write {%s:bucket},"
          + " {%s:count} or {%s:sum}, or keep a native histogram (@Buckets(kind = BOTH or"
          + " NATIVE))"),
  NATIVE_ONLY_SERIES_SUFFIX(
      "SeriesSuffix",
      "%s refers to {%s}, but %s keeps a native histogram only, which Prometheus stores as one"
          + " series without a '_%s' part: apply %s to {%s}, or declare @Buckets(kind = BOTH)"),
  UNKNOWN_LABEL("LabelReference", "%s uses label '%s', which %s does not have: its labels are %s"),
  RATE_OF_NON_COUNTER(
      "Operation",
      "%s applies %s() to {%s}, a %s: %s() needs a counter or a histogram's or summary's"
          + " :count/:sum series; %s"),
  QUANTILE_OF_NON_HISTOGRAM(
      "Operation",
      "%s applies histogram_quantile() to {%s}, which is not the :bucket series of a histogram:"
          + " %s"),
  GAUGE_FUNCTION_OF_COUNTER(
      "Operation",
      "%s applies %s() to {%s}, a counter, whose resets it would misread: use rate() or"
          + " increase()"),
  VARIABLE_LABEL_NOT_CLOSED(
      "DashboardVariable",
      "variable '%s' of dashboard '%s' is over %s, whose values are not known at compile time:"
          + " use an enum or boolean label"),
  VARIABLE_NOT_A_DURATION(
      "DashboardVariable",
      "panel '%s' uses $%s where a duration stands, which Grafana does not replace with one: use"
          + " $__rate_interval, $__interval or $__range, or a fixed duration such as 5m"),
  UNDECLARED_VARIABLE(
      "DashboardVariable",
      "panel '%s' uses $%s, which dashboard '%s' does not declare: add variables ="
          + " @Variable(metric = \"Category.method\", label = \"%s\"), or remove it"),
  DUPLICATE_DECLARATION(
      "DuplicateDeclaration", "%s '%s' is declared twice: %ss must be unique; rename one"),
  INVALID_DURATION(
      "Duration",
      "pendingFor = \"%s\" of alert %s is not a Prometheus duration: write e.g. \"0s\", \"5m\" or"
          + " \"1h30m\""),
  INVALID_TEST_LABEL(
      "AlertTest",
      "test label '%s' of alert %s is not name=value: write e.g. labels = {\"job=api_gateway\"}"),
  LEGEND_COUNT(
      "PanelLegend",
      "panel '%s' has %d queries but %d legends: give one legend per query, or none"),
  INVALID_SLO_NAME(
      "SloName",
      "SLO name '%s' is not snake case: use lower-case letters, digits and '_', starting with a"
          + " letter, e.g. '%s'"),
  SLO_OBJECTIVE_RANGE(
      "SloObjective",
      "objective %s of SLO %s must be a percentage strictly between 0 and 100, e.g. 99.5"),
  SLO_OBJECTIVE_TOO_LOW(
      "SloObjective",
      "objective %s of SLO %s leaves an error budget so large that its page alert (an error ratio"
          + " above 14.4 times the budget) could never fire: aim above %s, e.g. 99"),
  SLO_MIN_EVENTS(
      "SloMinEvents",
      "minEvents %s of SLO %s must be positive: the fewest events a burn-rate window needs before"
          + " it can fire, e.g. 100; leave it out to derive it from the objective"),
  SLO_COVERS_UNKNOWN_ALERT(
      "SloCoverage",
      "%s = \"%s\" of SLO %s names no declared alert: the alerts are %s"),
  SLO_DUPLICATE_ALERT(
      "SloCoverage",
      "alert %s pages for the events of SLO %s ({%s}), which pages for them itself: one incident"
          + " would page twice; on the SLO, write inhibits = \"%s\" (silenced for job %s while the"
          + " SLO pages) or demotes = \"%s\" (a ticket for job %s)",
      Kind.WARNING),
  SLO_METRIC_TYPE("SloMetric", "%s SLO %s needs a %s, but {%s} is a %s: name a %s of the schema"),
  SLO_BAD_TYPE_NOT_A_LABEL(
      "SloBadEvents",
      "SLO %s selects bad events by %s, but {%s} has %s label of that type: its enum labels are"
          + " %s"),
  SLO_NO_BAD_EVENTS(
      "SloBadEvents",
      "SLO %s selects no bad events: list the constants of %s that make an event bad, e.g. bad ="
          + " \"%s\""),
  SLO_UNKNOWN_CONSTANT(
      "SloBadEvents", "bad = \"%s\" of SLO %s is not a constant of %s: its constants are %s"),
  SLO_THRESHOLD_NOT_A_BUCKET(
      "SloThreshold",
      "threshold %s of SLO %s is not a bucket bound of {%s}, so Prometheus cannot count the"
          + " observations under it: the nearest bounds are %s; use one, or add it to @Buckets"),
  SLO_THRESHOLD_NOT_A_NATIVE_BOUNDARY(
      "SloThreshold",
      "threshold %s of SLO %s is not a bucket boundary of the native histogram of {%s} (schema %d,"
          + " boundaries 2^(k/%s)), so histogram_fraction would estimate the observations under it"
          + " by interpolating within a bucket: the nearest boundaries are %s; use one, or a power"
          + " of two, a boundary at every schema from 0 up"),
  SLO_NATIVE_ONLY_ON_CLASSIC_TARGET(
      "SloHistogram",
      "SLO %s reads the classic buckets of {%s} on Prometheus %s, which runs without native"
          + " histograms, but {%s} keeps a native histogram only: declare @Buckets(kind ="
          + " HistogramKind.BOTH) with a bound at the threshold, or target Prometheus 3.5"
          + " (-Ametrics.prometheus=3.5)"),
  UNKNOWN_JOB(
      "Job",
      "%s names the job '%s', which the scrape configuration does not declare: its jobs are %s"),
  RUNBOOK_MITIGATION_BLANK(
      "RunbookMitigation",
      "a mitigation step of the runbook of %s is blank: say what to do to stop the harm, e.g."
          + " \"Roll back the last deploy\", or leave the step out"),
  RUNBOOK_TEXT_MISSING(
      "Runbook",
      "the runbook of %s has no %s: the on-call engineer needs it when the alert fires; write %s"),
  UNKNOWN_DASHBOARD(
      "Runbook",
      "the runbook of %s opens dashboard '%s', which is not declared: its dashboards are %s"),
  RECEIVER_NAME(
      "Receiver",
      "receiver name '%s' is not valid: use letters, digits, '_' and '-', starting with a letter,"
          + " e.g. '%s'"),
  DUPLICATE_RECEIVER(
      "Receiver",
      "receiver name '%s' is taken: %s; give each receiver a name of its own"),
  RECEIVER_NOT_ROUTED(
      "Receiver",
      "receiver '%s' is declared but no route sends it anything: add @AlertRoute(receiver ="
          + " \"%s\", severities = ...) to @Alerting(routes = ...), or remove the receiver"),
  WATCHDOG_MISSING(
      "Watchdog",
      "@Alerting declares receivers that notify people but no watchdogReceiver: nobody would"
          + " learn that Prometheus or Alertmanager stopped; declare a dead man's switch such as"
          + " healthchecks.io as @Receiver(name = \"deadmans_switch\", kind ="
          + " ReceiverKind.WEBHOOK, url = ...) and set watchdogReceiver = \"deadmans_switch\""),
  WATCHDOG_UNKNOWN_RECEIVER(
      "Watchdog", "watchdogReceiver = \"%s\" is not a receiver of @Alerting: its receivers are %s"),
  WATCHDOG_NOT_WEBHOOK(
      "Watchdog",
      "watchdogReceiver = \"%s\" is a %s receiver, which would notify people every minute: a"
          + " dead man's switch takes its heartbeat over HTTP; declare it with kind ="
          + " ReceiverKind.WEBHOOK and the switch's URL"),
  WATCHDOG_RECEIVER_ROUTED(
      "Watchdog",
      "receiver = \"%s\" is the Watchdog's dead man's switch, which would count the alerts this"
          + " route sends it as heartbeats: route them to another receiver"),
  UNKNOWN_RECEIVER(
      "AlertRoute",
      "receiver = \"%s\" is not a receiver of @Alerting: its receivers are %s"),
  UNKNOWN_ROUTE_TARGET(
      "AlertRoute", "%s = \"%s\" names no %s of this schema: its %ss are %s"),
  ALERT_NOT_ROUTED(
      "AlertRoute",
      "alert %s (severity %s%s) reaches no person: no @AlertRoute of @Alerting takes it, so only"
          + " the receiving job's webhook would see it; add a route for it, e.g. @AlertRoute("
          + "receiver = \"%s\", severities = Severity.%s)"),
  SECRET_INLINE(
      "Secret",
      "%s of receiver '%s' holds %s, a secret, written in the schema: put it in a file beside the"
          + " Alertmanager configuration and name that file in secretFile"),
  SECRET_FILE_MISSING(
      "Secret",
      "receiver '%s' (%s) needs secretFile: the file, relative to the Alertmanager"
          + " configuration, that Alertmanager reads %s from"),
  SECRET_FILE_NAME(
      "Secret",
      "secretFile = \"%s\" of receiver '%s' is not a file name: use a relative path of"
          + " letters, digits, '.', '_', '-' and '/', e.g. \"secrets/%s\""),
  RECEIVER_ADDRESS(
      "Address",
      "%s = \"%s\" of receiver '%s' is not %s"),
  RECEIVER_ATTRIBUTE_UNUSED(
      "Receiver",
      "%s is not used by a %s receiver, so '%s' would be ignored: remove it"),
  UNKNOWN_JOB_DOWN_ALERT(
      "Alerting", "jobDownAlert = \"%s\" is not a declared alert: its alerts are %s"),
  UNKNOWN_ALERT("Alerting", "serviceDownAlert = \"%s\" is not a declared alert: its alerts are %s"),
  SECOND_SCRAPE_CONFIG(
      "DuplicateDeclaration",
      "schema %s already has a @ScrapeConfig, on %s: one Prometheus configuration scrapes every"
          + " service; move these targets into it"),
  DECLARATION_WITHOUT_SCHEMA(
      "DeclarationSchema",
      "@%s on %s is not nested in a schema, so it must name one: write @%s(schema ="
          + " YourMetrics.class, ...)"),
  DECLARATION_NOT_OF_A_SCHEMA(
      "DeclarationSchema",
      "@%s on %s names %s, which is not a @MetricsSchema: name the schema interface whose metrics"
          + " it uses"),
  DECLARATION_SCHEMA_MISMATCH(
      "DeclarationSchema",
      "@%s on %s is nested in schema %s but names schema %s: leave schema out, or move %s to a"
          + " file of its own"),
  DECLARATION_SCHEMA_NOT_COMPILED(
      "DeclarationSchema",
      "@%s on %s names schema %s, which is not compiled with it: compile declarations in the same"
          + " compilation as their schema"),
  INVALID_OPTION("Option", "-A%s=%s: '%s' is not %s"),
  OPTION_WITHOUT_VALUE(
      "Option", "-A%s has no value: write e.g. -A%s=%s, or leave the option out for its default"),
  SHARED_FOLDER(
      "Option",
      "%s and %s both go to the folder %s (-A%s, -A%s), where files of one could overwrite, or be"
          + " deleted as stale files of, the other: give each kind a folder of its own, e.g."
          + " -A%s=%s/%s"),
  SINGULAR_UNIT(
      "BaseUnit",
      "unit '%s' is singular: Prometheus names units in the plural; use %s (unit = \"%s\")"),
  MISSING_QUANTILES(
      "Quantiles",
      "summary %s declares no quantiles: add @Quantiles({0.5, 0.9, 0.99}), or return"
          + " HistogramRecorder for a distribution to aggregate across instances"),
  QUANTILES_EMPTY(
      "Quantiles", "@Quantiles of %s lists no quantile: list some, e.g. @Quantiles({0.5, 0.99})"),
  NAMESPACE_TAKEN(
      "Namespace",
      "namespace '%s' is already the namespace of schema %s in this compilation: both would write"
          + " metrics/%s/; give each schema its own namespace"),
  FILE_NAME_COLLISION(
      "FileName",
      "%s would be written to %s, which %s also writes (file names are compared ignoring case,"
          + " as macOS and Windows do): rename one"),
  FILE_NAME_TOO_LONG(
      "FileName",
      "%s would be written to a file name of %d bytes, more than the %d a file system allows:"
          + " shorten it"),
  GENERATED_FILE_EXISTS(
      "FileName",
      "cannot write %s for schema %s: another schema or processor of this compilation already"
          + " wrote it"),
  LINE_BREAK(
      "Text",
      "%s of %s must be one line of text, without line breaks or control characters: it becomes"
          + " %s"),
  EMPTY_TITLE("Text", "%s has an empty title: Grafana and the docs need one"),
  INVALID_DASHBOARD_UID(
      "DashboardUid",
      "dashboard uid '%s' is not a Grafana uid: use 1 to 40 letters, digits, '-' and '_', e.g."
          + " '%s'"),
  PANEL_SIZE(
      "PanelSize",
      "panel '%s' is %s = %d: Grafana's grid has 24 columns, so width is 1 to 24, and height is at"
          + " least 1"),
  INVALID_RECORD_NAME(
      "RecordingRule",
      "record name '%s' is not a metric name: use letters, digits, '_' and ':', not starting with"
          + " a digit, e.g. 'job:%s:rate5m'"),
  INVALID_GROUP_NAME(
      "AlertGroup",
      "alert group name '%s' is not usable as a file name: use letters, digits, '_', '-' and"
          + " '.', not starting with '.', e.g. '%s'"),
  INVALID_SCRAPE_INTERVAL(
      "Duration",
      "%s = \"%s\" is not a Prometheus duration above zero: write e.g. \"15s\", \"1m\" or"
          + " \"1m30s\" (units y, w, d, h, m, s, ms, largest first)"),
  INVALID_PORT("ScrapeTarget", "port %d of scrape job %s is not a TCP port: use 1 to 65535"),
  INVALID_METRICS_PATH(
      "ScrapeTarget",
      "path '%s' of scrape job %s is not an absolute URL path: start with '/', no spaces, query"
          + " or fragment, e.g. \"/metrics\" or \"/actuator/prometheus\""),
  INVALID_SCHEME("ScrapeTarget", "scheme '%s' of scrape job %s is neither \"http\" nor \"https\""),
  INVALID_HOST(
      "ScrapeTarget",
      "host '%s' of scrape job %s is not a host name or IP address: write e.g. \"127.0.0.1\","
          + " \"orders.internal\" or \"[::1]\""),
  INVALID_TEST_SERIES(
      "AlertTest",
      "%s = \"%s\" of a test series of alert %s is not promtool series notation at '%s': write"
          + " values such as \"1 2 3\", \"0+10x30\" (start, step, repetitions), \"5x20\","
          + " \"_\" (no sample) or \"stale\""),
  INVALID_TEMPLATE("AlertTemplate", "%s of alert %s is not a valid Prometheus template: %s"),
  UNTESTABLE_TEMPLATE(
      "AlertTest",
      "%s of alert %s uses %s, which depends on the evaluation: its rule test could not state the"
          + " text the alert carries; use {{ $labels.name }} only, or put the value in a label"),
  TEST_SERIES_TOO_SHORT(
      "AlertTest",
      "firing = \"%s\" of a test series of alert %s expands to %d samples, one a minute, but %s"
          + " is evaluated at minute %d (its pendingFor and 10 minutes): give at least %d samples,"
          + " e.g. \"1x30\""),
  DECLARATION_OUTSIDE_SCHEMA(
      "SchemaShape",
      "@%s on %s is not read: categories are interfaces nested directly in a @MetricsSchema"
          + " interface (not inherited, not nested deeper); move it there"),
  METRIC_OUTSIDE_CATEGORY(
      "MissingMetric",
      "@Metric on %s declares nothing: metrics are the abstract methods of a @Category interface"
          + " nested in the schema; move it into one"),
  NOT_ACCESSIBLE(
      "SchemaShape",
      "%s %s is private: the generated recorders in package %s use it; make it package-private"
          + " or public"),
  UNKNOWN_OPTION("Option", "unknown option -A%s is ignored: the metrics processor reads %s"),
  INVALID_DESTINATION(
      "Option",
      "-A%s=%s is not a destination: write class-output, off, or an absolute folder (in Maven"
          + " ${project.basedir}/...), e.g. -A%s=off"),
  NATIVE_HISTOGRAM_WITH_BOUNDS(
      "Buckets",
      "%s keeps a native histogram only, which has no classic buckets: drop the %s, or declare"
          + " kind = HistogramKind.BOTH to keep classic buckets too"),
  NATIVE_PARAMETER_ON_CLASSIC(
      "Buckets",
      "%s is a classic histogram, so %s has nothing to configure: declare kind ="
          + " HistogramKind.NATIVE or BOTH, or drop it"),
  NATIVE_SCHEMA_OUT_OF_RANGE(
      "Buckets",
      "nativeInitialSchema %d of %s is not a native histogram resolution: write one from -4"
          + " (coarsest) to 8 (finest); 5, client_java's default, makes buckets about 2%% wide"),
  NATIVE_MAX_BUCKETS_NEGATIVE(
      "Buckets",
      "nativeMaxBuckets %d of %s is negative: write the most buckets a data point may keep before"
          + " its resolution is halved (client_java's default is 160), or 0 for no limit"),
  INVALID_FLAG("Option", "-A%s=%s is neither true nor false: write e.g. -A%s=true"),
  INVALID_PROMETHEUS_VERSION(
      "Option", "-A%s=%s is not a Prometheus version the processor writes for: write %s"),
  ARTIFACT_NOT_WRITTEN(
      "ArtifactFolder",
      "cannot write %s into the folder chosen by -A%s: %s; make the folder writable or choose"
          + " another"),
  INCOMPLETE_DEPRECATION(
      "Deprecation",
      "@DeprecatedMetric of %s has no %s: write @DeprecatedMetric(since = \"<release>\", reason ="
          + " \"<why, in one sentence>\")"),
  DEPRECATED_USE(
      "DeprecatedUse",
      "%s uses %s, deprecated since %s: %s; %s before it is removed",
      Kind.WARNING),
  INVALID_FORMER_NAME(
      "FormerName",
      "former name '%s' of %s is not a valid %s name: give the name it was exposed under, without"
          + " namespace%s"),
  FORMER_NAME_IN_USE(
      "FormerName",
      "former name '%s' of %s is the current name of %s: two metrics cannot share a history;"
          + " remove it from formerly"),
  ACCEPTED_BREAK_WITHOUT_REASON(
      "AcceptedBreak",
      "@AcceptedBreak(change = %s, element = \"%s\") has no reason: say why the break is"
          + " acceptable and who was told, e.g. reason = \"fill-time quantiles restart\""),
  INVALID_ALERT_NAME(
      "AlertName",
      "alert name '%s' is not usable: it is the alertname label, the name Alertmanager routes on"
          + " and the runbook page's file name; use letters, digits and '_', not starting with a"
          + " digit, e.g. '%s'"),
  INVALID_JOB_NAME(
      "ScrapeTarget",
      "job name '%s' is not usable: it is the job label in selectors, route tests and"
          + " Kubernetes names; use letters, digits, '_', '-' and '.', e.g. '%s'"),
  INVALID_RECEIVER_PATH(
      "Alerting",
      "receiverPath = \"%s\" is not the path of a URL: it follows the receiver's host and port;"
          + " write an absolute path of URL characters, starting with '/', e.g."
          + " \"/alertmanager\""),
  INVALID_BASE_URL(
      "Alerting",
      "%s = \"%s\" is not a base URL: %s; write an absolute http or https URL without template,"
          + " query or fragment, e.g. \"http://127.0.0.1:3000\""),
  RUNBOOK_TEXT_BLANK(
      "Runbook",
      "the runbook of %s has a blank %s: the on-call engineer reads each one; write it, or remove"
          + " it"),
  SLO_DESCRIPTION_TEMPLATE(
      "SloDescription",
      "description of SLO %s holds '%s', which Prometheus reads as a template in the description"
          + " of its alerts: describe its events in plain text"),
  ALERT_NAME_COLLISION(
      "AlertName",
      "%s gives the alert %s, which %s also gives (alert names are compared ignoring case, as"
          + " each has a runbook page of its name): rename one"),
  FORMER_NAME_SHARED(
      "FormerName",
      "former name '%s' of %s is also a former name of %s: two %ss cannot share a history; keep it"
          + " on the one that was exposed under it"),
  FORMER_NAME_FORM(
      "FormerName",
      "former name '%s' of %s %s: write formerly = \"%s\""),
  ACCEPTED_BREAK_UNKNOWN_ELEMENT(
      "AcceptedBreak",
      "@AcceptedBreak(change = %s, element = \"%s\") names %s: name the changed element as the"
          + " compatibility report does: metric, metric{label} or metric{label=\"value\"} with the"
          + " family name, or recording rule <series>"),
  UNKNOWN_REPLACEMENT(
      "Deprecation",
      "replacement '%s' of %s names nothing the schema declares: name %s, or leave it empty"),
  KUBERNETES_NAME_COLLISION(
      "KubernetesName",
      "%s becomes the Kubernetes %s '%s', which %s also becomes (a name that is not its own"
          + " DNS-1123 form is that form and a hash of the name): rename one"),
  LOOPBACK_KUBERNETES_LINK(
      "Alerting",
      "%s = \"%s\" is a loopback address, which nobody reaches from the alerts of the Kubernetes"
          + " manifests: give the manifests their own base with -A%s=<a URL your team reaches>,"
          + " or write no manifests (-Ametrics.kubernetes=off)"),
  LOOPBACK_LINK_OPTION(
      "Option",
      "-A%s=%s is a loopback address, which nobody reaches from the alerts of the Kubernetes"
          + " manifests: give the manifests their own base with -A%s=<a URL your team reaches>,"
          + " or write no manifests (-Ametrics.kubernetes=off)"),
  LOOPBACK_RECEIVER_OPTION(
      "Option",
      "-A%s=%s is a loopback address, which the Alertmanager of the Kubernetes manifests does not"
          + " reach: name an address the cluster reaches, or write no manifests"
          + " (-Ametrics.kubernetes=off)"),
  UNKNOWN_RECEIVER_OPTION(
      "Option",
      "-A%s names the receiver %s, which no @Alerting of this compilation declares: the"
          + " receivers declared are %s"),
  RECEIVER_OPTION_NOT_APPLICABLE(
      "Option",
      "-A%s: the receiver %s is of kind %s, which sends to no %s: leave the option out"),
  LOOPBACK_KUBERNETES_RECEIVER(
      "Receiver",
      "receiver %s sends to the loopback address %s, which the Alertmanager of the Kubernetes"
          + " manifests does not reach: give it a cluster address with -A%s=<an address the"
          + " cluster reaches>, or write no manifests (-Ametrics.kubernetes=off)"),
  SECOND_ALERTING(
      "DuplicateDeclaration",
      "schema %s already has an @Alerting, on %s: one routing sends every alert; remove this one"
          + " or merge it into that"),
  GENERIC_CATEGORY(
      "SchemaShape",
      "category %s declares type parameters <%s>, which its generated recorder cannot fill in: a"
          + " category's labels are its metrics' parameters; remove <%s>"),
  DASHBOARD_TOO_LARGE(
      "DashboardSize",
      "%s is %,d bytes of JSON, more than the %,d its Kubernetes ConfigMap can hold (1 MiB per"
          + " object): split its panels over two dashboards"),
  INTERNAL_ERROR(
      "Internal",
      "the metrics processor failed on %s; please report this with the stack trace:%n%s");

  private final String id;
  private final String format;
  private final Kind kind;

  Message(String id, String format) {
    this(id, format, Kind.ERROR);
  }

  Message(String id, String format, Kind kind) {
    this.id = id;
    this.format = format;
    this.kind = kind;
  }

  /** {@link Kind#ERROR}, which stops generation, or {@link Kind#WARNING}, which does not. */
  public Kind kind() {
    return kind;
  }

  /** The text of this message with {@code args}, prefixed by its id. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, format, args);
  }

  public String id() {
    return id;
  }
}
