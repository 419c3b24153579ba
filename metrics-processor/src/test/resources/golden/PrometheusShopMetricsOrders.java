package com.example.shop;

import com.mastertrade.metrics.runtime.BoundedLabelValues;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.LabelDomain;
import com.mastertrade.metrics.runtime.LabelOverflowCounter;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.LazyRecorders;
import com.mastertrade.metrics.runtime.OpenLabelRecorders;
import com.mastertrade.metrics.runtime.Recorders;
import com.mastertrade.metrics.runtime.ResolvedSeries;
import com.mastertrade.metrics.runtime.SummaryRecorder;
import com.mastertrade.metrics.runtime.TraceExemplars;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of the Orders metrics (Orders): Orders placed by customers.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class PrometheusShopMetricsOrders implements ShopMetrics.Orders {
  /**
   * The exposed name of {@link #placed}.
   */
  public static final String PLACED = "shop_orders_placed_total";

  /**
   * The exposed name of {@link #bySymbol}.
   */
  public static final String BY_SYMBOL = "shop_orders_by_symbol_total";

  /**
   * The exposed name of {@link #open}.
   */
  public static final String OPEN = "shop_orders_open";

  /**
   * The exposed name of {@link #fillDuration}.
   */
  public static final String FILL_DURATION = "shop_orders_fill_duration_seconds";

  /**
   * The exposed name of {@link #value}.
   */
  public static final String VALUE = "shop_order_value_usd";

  /**
   * The exposed name of {@link #fills}.
   */
  public static final String FILLS = "shop_orders_fills_total";

  /**
   * The exposed name of {@link #revenue}.
   */
  public static final String REVENUE = "shop_orders_revenue_usd_total";

  private static final LabelDomain BOOLEAN_VALUES = LabelDomain.of("false", "true");

  private static final LabelDomain OUTCOME_VALUES = LabelDomain.of("ok", "failure");

  private static final LabelDomain SIDE_VALUES = LabelDomain.of("buy", "sell");

  private final CounterRecorder[] placed;

  private final OpenLabelRecorders<CounterRecorder> bySymbol;

  private final BoundedLabelValues bySymbolSymbol;

  /**
   * The series {@link #bySymbol} resolved last. Plain fields on purpose: a {@code ResolvedSeries} is immutable, so a thread sees it complete, and a stale or torn pair only costs the lookup.
   */
  private ResolvedSeries<CounterRecorder> bySymbolLast;

  /**
   * The series {@link #bySymbol} resolved before the last one.
   */
  private ResolvedSeries<CounterRecorder> bySymbolPrevious;

  private final LazyRecorders<GaugeRecorder> open;

  private final HistogramRecorder[] fillDuration;

  private final SummaryRecorder value;

  private final CounterRecorder[] fills;

  private final CounterRecorder revenue;

  private PrometheusShopMetricsOrders(PrometheusRegistry registry) {
    Counter placedMetric = Counter.builder()
          .name("shop_orders_placed")
          .help("Orders placed")
          .labelNames("side", "paper")
          .withoutExemplars()
          .register(registry);
    this.placed = LabelSpace.of(SIDE_VALUES, BOOLEAN_VALUES).resolveAll(CounterRecorder[]::new, values -> Recorders.counter(placedMetric.labelValues(values)));
    Counter bySymbolMetric = Counter.builder()
          .name("shop_orders_by_symbol")
          .help("Orders placed per symbol")
          .labelNames("side", "symbol")
          .withoutExemplars()
          .register(registry);
    this.bySymbolSymbol = new BoundedLabelValues(2, LabelOverflowCounter.forLabel(registry, "shop_label_overflow", "shop_orders_by_symbol_total", "symbol"));
    this.bySymbol = new OpenLabelRecorders<>(LabelSpace.of(SIDE_VALUES, bySymbolSymbol), values -> Recorders.counter(bySymbolMetric.labelValues(values)));
    Gauge openMetric = Gauge.builder()
          .name("shop_orders_open")
          .help("Open orders")
          .labelNames("side")
          .withoutExemplars()
          .register(registry);
    this.open = new LazyRecorders<>(LabelSpace.of(SIDE_VALUES), values -> Recorders.gauge(openMetric.labelValues(values)));
    Histogram fillDurationMetric = (TraceExemplars.available() ? Histogram.builder() : Histogram.builder().withoutExemplars())
          .name("shop_orders_fill_duration_seconds")
          .help("Time to fill an order")
          .unit(new Unit("seconds"))
          .labelNames("outcome")
          .classicUpperBounds(0.1, 1.0)
          .classicOnly()
          .register(registry);
    this.fillDuration = LabelSpace.of(OUTCOME_VALUES).resolveAll(HistogramRecorder[]::new, values -> Recorders.histogram(fillDurationMetric.labelValues(values)));
    Summary valueMetric = Summary.builder()
          .name("shop_order_value_usd")
          .help("Order value")
          .unit(new Unit("usd"))
          .quantile(0.5)
          .quantile(0.99)
          .maxAgeSeconds(600L)
          .withoutExemplars()
          .register(registry);
    this.value = Recorders.summary(valueMetric);
    Counter fillsMetric = (TraceExemplars.available() ? Counter.builder() : Counter.builder().withoutExemplars())
          .name("shop_orders_fills")
          .help("Fill attempts, by outcome")
          .labelNames("outcome")
          .register(registry);
    this.fills = LabelSpace.of(OUTCOME_VALUES).resolveAll(CounterRecorder[]::new, values -> Recorders.counter(fillsMetric.labelValues(values)));
    Counter revenueMetric = Counter.builder()
          .name("shop_orders_revenue_usd")
          .help("Revenue from filled orders")
          .unit(new Unit("usd"))
          .withoutExemplars()
          .register(registry);
    this.revenue = Recorders.counter(revenueMetric);
  }

  /**
   * Registers the Orders metrics on {@code registry}.
   */
  public static PrometheusShopMetricsOrders register(PrometheusRegistry registry) {
    return new PrometheusShopMetricsOrders(registry);
  }

  @Override
  public CounterRecorder placed(ShopMetrics.Side side, boolean paper) {
    return placed[side.ordinal() * 2 + (paper ? 1 : 0)];
  }

  @Override
  public CounterRecorder bySymbol(ShopMetrics.Side side, String symbol) {
    int closed = side.ordinal();
    ResolvedSeries<CounterRecorder> last = bySymbolLast;
    if (last != null && last.closed() == closed && last.open(0) == symbol) {
      return last.recorder();
    }
    ResolvedSeries<CounterRecorder> previous = bySymbolPrevious;
    if (previous != null && previous.closed() == closed && previous.open(0) == symbol) {
      return previous.recorder();
    }
    ResolvedSeries<CounterRecorder> series = bySymbol.series(side.ordinal() * 3 + bySymbolSymbol.indexOf(symbol));
    if (series.reusable() && series != last && series != previous) {
      bySymbolPrevious = last;
      bySymbolLast = series;
    }
    return series.recorder();
  }

  @Override
  public GaugeRecorder open(ShopMetrics.Side side) {
    return open.get(side.ordinal());
  }

  @Override
  public HistogramRecorder fillDuration(ShopMetrics.Outcome outcome) {
    return fillDuration[outcome.ordinal()];
  }

  @Override
  public SummaryRecorder value() {
    return value;
  }

  @Override
  public CounterRecorder fills(ShopMetrics.Outcome outcome) {
    return fills[outcome.ordinal()];
  }

  @Override
  public CounterRecorder revenue() {
    return revenue;
  }
}
