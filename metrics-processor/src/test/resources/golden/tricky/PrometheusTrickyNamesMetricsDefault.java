package com.example.tricky;

import com.mastertrade.metrics.runtime.BoundedLabelValues;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.LabelDomain;
import com.mastertrade.metrics.runtime.LabelOverflowCounter;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.LazyRecorders;
import com.mastertrade.metrics.runtime.Recorders;
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
   * The exposed name of {@link #statusValues}.
   */
  public static final String STATUS_VALUES = "tricky_status_values_total";

  /**
   * The exposed name of {@link #window}.
   */
  public static final String WINDOW = "tricky_window_usd";

  private static final LabelDomain STATUS_VALUES_ = LabelDomain.of("ok", "failed");

  private final CounterRecorder[] status;

  private final CounterRecorder fooBar;

  private final CounterRecorder foo_bar;

  private final LazyRecorders<CounterRecorder> ab;

  private final BoundedLabelValues abCD;

  private final LazyRecorders<CounterRecorder> abC;

  private final BoundedLabelValues abCD_;

  private final GaugeRecorder UPPER_;

  private final CounterRecorder over;

  private final CounterRecorder[] over_;

  private final LazyRecorders<CounterRecorder> values_;

  private final BoundedLabelValues valuesValues;

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
    this.ab = new LazyRecorders<>(LabelSpace.of(abCD), values -> Recorders.counter(abMetric.labelValues(values)));
    Counter abCMetric = Counter.builder()
          .name("tricky_ab_c")
          .help("Open label field abCD again")
          .labelNames("d")
          .withoutExemplars()
          .register(registry);
    this.abCD_ = new BoundedLabelValues(2, LabelOverflowCounter.forLabel(registry, "tricky_label_overflow", "tricky_ab_c_total", "d"));
    this.abC = new LazyRecorders<>(LabelSpace.of(abCD_), values -> Recorders.counter(abCMetric.labelValues(values)));
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
    this.values_ = new LazyRecorders<>(LabelSpace.of(STATUS_VALUES_, valuesValues), values -> Recorders.counter(valuesMetric.labelValues(values)));
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
    return ab.get(abCD.indexOf(cD));
  }

  @Override
  public CounterRecorder abC(String d) {
    return abC.get(abCD_.indexOf(d));
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
    return values_.get(registry_.ordinal() * 4 + valuesValues.indexOf(values__));
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
