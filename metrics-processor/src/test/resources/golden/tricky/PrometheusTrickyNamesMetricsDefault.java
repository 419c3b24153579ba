package com.example.tricky;

import com.mastertrade.metrics.runtime.BoundedLabelValues;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.LabelDomain;
import com.mastertrade.metrics.runtime.LabelOverflowCounter;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.OpenLabelRecorders;
import com.mastertrade.metrics.runtime.Recorders;
import com.mastertrade.metrics.runtime.ResolvedSeries;
import com.mastertrade.metrics.runtime.SummaryRecorder;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of the Default *&#47; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;param metrics (Default): Ends *&#47; a comment, &#92;u002a/ too; {&#64;code x} and
 * &#64;see tags.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class PrometheusTrickyNamesMetricsDefault implements TrickyNamesMetrics.Default {
  /**
   * The exposed name of {@link #status}.
   */
  public static final String STATUS = "tricky_status_total";

  /**
   * The exposed name of {@link #fooBar}.
   */
  public static final String FOO_BAR = "tricky_foo_bar_total";

  /**
   * The exposed name of {@link #foo_bar}.
   */
  public static final String FOO_BAR_ = "tricky_foo_bar_snake_total";

  /**
   * The exposed name of {@link #ab}.
   */
  public static final String AB = "tricky_ab_total";

  /**
   * The exposed name of {@link #abC}.
   */
  public static final String AB_C = "tricky_ab_c_total";

  /**
   * The exposed name of {@link #UPPER}.
   */
  public static final String UPPER = "tricky_upper";

  /**
   * The exposed name of {@link #over}.
   */
  public static final String OVER = "tricky_over_plain_total";

  /**
   * The exposed name of {@link #over}.
   */
  public static final String OVER_ = "tricky_over_status_total";

  /**
   * The exposed name of {@link #values}.
   */
  public static final String VALUES = "tricky_values_total";

  /**
   * The exposed name of {@link #lookup}.
   */
  public static final String LOOKUP = "tricky_lookup_total";

  /**
   * The exposed name of {@link #statusValues}.
   */
  public static final String STATUS_VALUES = "tricky_status_values_total";

  /**
   * The exposed name of {@link #window}.
   */
  public static final String WINDOW = "tricky_window_usd";

  private static final LabelDomain BOOLEAN_VALUES = LabelDomain.of("false", "true");

  private static final LabelDomain STATUS_VALUES_ = LabelDomain.of("ok", "failed");

  private final CounterRecorder[] status;

  private final CounterRecorder fooBar;

  private final CounterRecorder foo_bar;

  private final OpenLabelRecorders<CounterRecorder> ab;

  private final BoundedLabelValues abCD;

  /**
   * The series {@link #ab} resolved last. Plain fields on purpose: a {@code ResolvedSeries} is immutable, so a thread sees it complete, and a stale or torn pair only costs the lookup.
   */
  private ResolvedSeries<CounterRecorder> abLast;

  /**
   * The series {@link #ab} resolved before the last one.
   */
  private ResolvedSeries<CounterRecorder> abPrevious;

  private final OpenLabelRecorders<CounterRecorder> abC;

  private final BoundedLabelValues abCD_;

  /**
   * The series {@link #abC} resolved last. Plain fields on purpose: a {@code ResolvedSeries} is immutable, so a thread sees it complete, and a stale or torn pair only costs the lookup.
   */
  private ResolvedSeries<CounterRecorder> abCLast;

  /**
   * The series {@link #abC} resolved before the last one.
   */
  private ResolvedSeries<CounterRecorder> abCPrevious;

  private final GaugeRecorder UPPER_;

  private final CounterRecorder over;

  private final CounterRecorder[] over_;

  private final OpenLabelRecorders<CounterRecorder> values_;

  private final BoundedLabelValues valuesValues;

  /**
   * The series {@link #values} resolved last. Plain fields on purpose: a {@code ResolvedSeries} is immutable, so a thread sees it complete, and a stale or torn pair only costs the lookup.
   */
  private ResolvedSeries<CounterRecorder> valuesLast;

  /**
   * The series {@link #values} resolved before the last one.
   */
  private ResolvedSeries<CounterRecorder> valuesPrevious;

  private final OpenLabelRecorders<CounterRecorder> lookup;

  private final BoundedLabelValues lookupLast_;

  private final BoundedLabelValues lookupSeries;

  /**
   * The series {@link #lookup} resolved last. Plain fields on purpose: a {@code ResolvedSeries} is immutable, so a thread sees it complete, and a stale or torn pair only costs the lookup.
   */
  private ResolvedSeries<CounterRecorder> lookupLast;

  /**
   * The series {@link #lookup} resolved before the last one.
   */
  private ResolvedSeries<CounterRecorder> lookupPrevious;

  private final CounterRecorder statusValues;

  private final SummaryRecorder window;

  private PrometheusTrickyNamesMetricsDefault(PrometheusRegistry registry) {
    Counter statusMetric = Counter.builder()
          .name("tricky_status")
          .help("A label named like its method")
          .labelNames("status")
          .withoutExemplars()
          .register(registry);
    this.status = LabelSpace.of(STATUS_VALUES_).resolveAll(CounterRecorder[]::new, values -> Recorders.counter(statusMetric.labelValues(values)));
    Counter fooBarMetric = Counter.builder()
          .name("tricky_foo_bar")
          .help("Camel case")
          .withoutExemplars()
          .register(registry);
    this.fooBar = Recorders.counter(fooBarMetric);
    Counter foo_barMetric = Counter.builder()
          .name("tricky_foo_bar_snake")
          .help("Snake case, the same constant")
          .withoutExemplars()
          .register(registry);
    this.foo_bar = Recorders.counter(foo_barMetric);
    Counter abMetric = Counter.builder()
          .name("tricky_ab")
          .help("Open label field abCD")
          .labelNames("c_d")
          .withoutExemplars()
          .register(registry);
    this.abCD = new BoundedLabelValues(2, LabelOverflowCounter.forLabel(registry, "tricky_label_overflow", "tricky_ab_total", "c_d"));
    this.ab = new OpenLabelRecorders<>(LabelSpace.of(abCD), values -> Recorders.counter(abMetric.labelValues(values)));
    Counter abCMetric = Counter.builder()
          .name("tricky_ab_c")
          .help("Open label field abCD again")
          .labelNames("d")
          .withoutExemplars()
          .register(registry);
    this.abCD_ = new BoundedLabelValues(2, LabelOverflowCounter.forLabel(registry, "tricky_label_overflow", "tricky_ab_c_total", "d"));
    this.abC = new OpenLabelRecorders<>(LabelSpace.of(abCD_), values -> Recorders.counter(abCMetric.labelValues(values)));
    Gauge UPPERMetric = Gauge.builder()
          .name("tricky_upper")
          .help("A method named like its own constant")
          .withoutExemplars()
          .register(registry);
    this.UPPER_ = Recorders.gauge(UPPERMetric);
    Counter overMetric = Counter.builder()
          .name("tricky_over_plain")
          .help("An overload")
          .withoutExemplars()
          .register(registry);
    this.over = Recorders.counter(overMetric);
    Counter overMetric_ = Counter.builder()
          .name("tricky_over_status")
          .help("Another overload")
          .labelNames("status")
          .withoutExemplars()
          .register(registry);
    this.over_ = LabelSpace.of(STATUS_VALUES_).resolveAll(CounterRecorder[]::new, values -> Recorders.counter(overMetric_.labelValues(values)));
    Counter valuesMetric = Counter.builder()
          .name("tricky_values")
          .help("Parameters named like generated locals")
          .labelNames("kind", "values")
          .withoutExemplars()
          .register(registry);
    this.valuesValues = new BoundedLabelValues(3, LabelOverflowCounter.forLabel(registry, "tricky_label_overflow", "tricky_values_total", "values"));
    this.values_ = new OpenLabelRecorders<>(LabelSpace.of(STATUS_VALUES_, valuesValues), values -> Recorders.counter(valuesMetric.labelValues(values)));
    Counter lookupMetric = Counter.builder()
          .name("tricky_lookup")
          .help("Parameters named like the locals of an open label lookup")
          .labelNames("last", "kind", "series", "state")
          .withoutExemplars()
          .register(registry);
    this.lookupLast_ = new BoundedLabelValues(2, LabelOverflowCounter.forLabel(registry, "tricky_label_overflow", "tricky_lookup_total", "last"));
    this.lookupSeries = new BoundedLabelValues(2, LabelOverflowCounter.forLabel(registry, "tricky_label_overflow", "tricky_lookup_total", "series"));
    this.lookup = new OpenLabelRecorders<>(LabelSpace.of(lookupLast_, STATUS_VALUES_, lookupSeries, BOOLEAN_VALUES), values -> Recorders.counter(lookupMetric.labelValues(values)));
    Counter statusValuesMetric = Counter.builder()
          .name("tricky_status_values")
          .help("A constant named like a label domain")
          .withoutExemplars()
          .register(registry);
    this.statusValues = Recorders.counter(statusValuesMetric);
    Summary windowMetric = Summary.builder()
          .name("tricky_window_usd")
          .help("A window longer than an int")
          .unit(new Unit("usd"))
          .quantile(0.5)
          .maxAgeSeconds(9223372036854775807L)
          .withoutExemplars()
          .register(registry);
    this.window = Recorders.summary(windowMetric);
  }

  /**
   * Registers the Default *&#47; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;param metrics on {@code registry}.
   */
  public static PrometheusTrickyNamesMetricsDefault register(PrometheusRegistry registry) {
    return new PrometheusTrickyNamesMetricsDefault(registry);
  }

  @Override
  public CounterRecorder status(TrickyNamesMetrics.Status status_) {
    return status[status_.ordinal()];
  }

  @Override
  public CounterRecorder fooBar() {
    return fooBar;
  }

  @Override
  public CounterRecorder foo_bar() {
    return foo_bar;
  }

  @Override
  public CounterRecorder ab(String cD) {
    ResolvedSeries<CounterRecorder> last = abLast;
    if (last != null && last.open(0) == cD) {
      return last.recorder();
    }
    ResolvedSeries<CounterRecorder> previous = abPrevious;
    if (previous != null && previous.open(0) == cD) {
      return previous.recorder();
    }
    ResolvedSeries<CounterRecorder> series = ab.series(abCD.indexOf(cD));
    if (series.reusable() && series != last && series != previous) {
      abPrevious = last;
      abLast = series;
    }
    return series.recorder();
  }

  @Override
  public CounterRecorder abC(String d) {
    ResolvedSeries<CounterRecorder> last = abCLast;
    if (last != null && last.open(0) == d) {
      return last.recorder();
    }
    ResolvedSeries<CounterRecorder> previous = abCPrevious;
    if (previous != null && previous.open(0) == d) {
      return previous.recorder();
    }
    ResolvedSeries<CounterRecorder> series = abC.series(abCD_.indexOf(d));
    if (series.reusable() && series != last && series != previous) {
      abCPrevious = last;
      abCLast = series;
    }
    return series.recorder();
  }

  @Override
  public GaugeRecorder UPPER() {
    return UPPER_;
  }

  @Override
  public CounterRecorder over() {
    return over;
  }

  @Override
  public CounterRecorder over(TrickyNamesMetrics.Status status_) {
    return over_[status_.ordinal()];
  }

  @Override
  public CounterRecorder values(TrickyNamesMetrics.Status registry_, String values__) {
    int closed = registry_.ordinal();
    ResolvedSeries<CounterRecorder> last = valuesLast;
    if (last != null && last.closed() == closed && last.open(0) == values__) {
      return last.recorder();
    }
    ResolvedSeries<CounterRecorder> previous = valuesPrevious;
    if (previous != null && previous.closed() == closed && previous.open(0) == values__) {
      return previous.recorder();
    }
    ResolvedSeries<CounterRecorder> series = values_.series(registry_.ordinal() * 4 + valuesValues.indexOf(values__));
    if (series.reusable() && series != last && series != previous) {
      valuesPrevious = last;
      valuesLast = series;
    }
    return series.recorder();
  }

  @Override
  public CounterRecorder lookup(String last, TrickyNamesMetrics.Status closed, String series,
      boolean previous) {
    int closed_ = closed.ordinal() * 2 + (previous ? 1 : 0);
    ResolvedSeries<CounterRecorder> last_ = lookupLast;
    if (last_ != null && last_.closed() == closed_ && last_.open(0) == last && last_.open(1) == series) {
      return last_.recorder();
    }
    ResolvedSeries<CounterRecorder> previous_ = lookupPrevious;
    if (previous_ != null && previous_.closed() == closed_ && previous_.open(0) == last && previous_.open(1) == series) {
      return previous_.recorder();
    }
    ResolvedSeries<CounterRecorder> series_ = lookup.series(((lookupLast_.indexOf(last) * 2 + closed.ordinal()) * 3 + lookupSeries.indexOf(series)) * 2 + (previous ? 1 : 0));
    if (series_.reusable() && series_ != last_ && series_ != previous_) {
      lookupPrevious = last_;
      lookupLast = series_;
    }
    return series_.recorder();
  }

  @Override
  public CounterRecorder statusValues() {
    return statusValues;
  }

  @Override
  public SummaryRecorder window() {
    return window;
  }
}
