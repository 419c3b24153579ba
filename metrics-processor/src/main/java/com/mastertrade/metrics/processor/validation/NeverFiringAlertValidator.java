package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.PrometheusDuration;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.TimeModifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An alert's test expects it to fire: its expression must be able to have a result when the test
 * evaluates it. {@link FiringAnalysis} decides it from the expression and the test's firing
 * series; an expression empty whatever is scraped is reported on the expression, one the test's
 * series leave empty on the test.
 */
final class NeverFiringAlertValidator implements DeclarationValidator.ExpressionCheck {
  /** Prometheus' lookback: an instant selector reads the last sample of the 5 minutes before. */
  private static final long LOOKBACK_SECONDS = 300;

  /** When the rule test evaluates the alert: ten minutes after its pending period. */
  private static final long SETTLE_SECONDS = 600;

  /** One input series of a test and its samples, one a minute. */
  private record Input(TestInputSeries series, List<Double> samples) {}

  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    for (AlertGroupModel group : declarations.alertGroups()) {
      Set<String> recorded = group.recordedSeries();
      for (AlertModel alert : group.alerts()) {
        check(alert, recorded, resolutions, report);
      }
    }
  }

  private static void check(AlertModel alert, Set<String> recorded, Resolutions resolutions,
      ValidationReport.Builder report) {
    Optional<ResolvedExpression> resolved = resolutions.of(alert.expr()).resolved();
    OptionalLong pending = PrometheusDuration.millis(alert.pendingFor());
    if (resolved.isEmpty() || pending.isEmpty()) {
      return; // their own errors are reported
    }
    long eval = pending.getAsLong() / 1000 + SETTLE_SECONDS;
    List<Input> inputs = new ArrayList<>();
    for (TestSeriesModel series : alert.testSeries()) {
      Optional<Input> input = input(series, resolutions, (int) (eval / 60) + 1);
      if (input.isEmpty()) {
        return; // a series the test cannot read, or too short, is reported on its own
      }
      inputs.add(input.get());
    }
    ResolvedExpression expression = resolved.get();
    FiringAnalysis analysis =
        new FiringAnalysis(
            (selector, range) -> select(selector, range, expression, recorded, inputs, eval),
            alert.expr().template());
    FiringAnalysis.Value value = analysis.of(expression.ast());
    if (value.may()) {
      return;
    }
    FiringAnalysis.Empty why = value.empty();
    if (why.fromTest()) {
      report.add(Diagnostic.at(alert.testOrigin(), "series", Message.TEST_NEVER_FIRES,
          alert.name(), eval / 60, analysis.text(why.node()), why.reason()));
    } else {
      report.add(Diagnostic.at(alert.expr().origin(), alert.expr().attribute(),
          Message.NEVER_FIRING_ALERT, alert.name(), analysis.text(why.node()), why.reason()));
    }
  }

  private static Optional<Input> input(TestSeriesModel series, Resolutions resolutions, int limit) {
    Optional<TestInputSeries> read = TestInputSeries.of(series, resolutions);
    if (read.isEmpty()
        || !PromtoolSeries.parse(series.firing()).valid()
        || PromtoolSeries.parse(series.firing()).samples() < limit) {
      return Optional.empty();
    }
    return Optional.of(new Input(read.get(), PromtoolSeries.expand(series.firing(), limit)));
  }

  /** What {@code selector} selects of the test's series at {@code eval}; null if undecidable. */
  private static FiringAnalysis.Selection select(Expr.VectorSelector selector, long range,
      ResolvedExpression expression, Set<String> recorded, List<Input> inputs, long eval) {
    String name = TestInputSeries.seriesName(selector, expression);
    if (!selector.modifiers().equals(TimeModifiers.NONE)
        || !TestInputSeries.readsInputs(selector, name, recorded)) {
      return null;
    }
    long window = range == 0 ? LOOKBACK_SECONDS : range;
    boolean matched = false;
    boolean found = false;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    boolean nan = false;
    for (Input input : inputs) {
      if (!input.series().selectedBy(selector, name)) {
        continue;
      }
      matched = true;
      // Samples at minute i, newest first, within (eval - window, eval].
      for (long i = Math.min(eval / 60, input.samples().size() - 1L);
          i >= 0 && i * 60 > eval - window;
          i--) {
        Double sample = input.samples().get((int) i);
        if (sample == null) {
          continue;
        }
        if (sample != PromtoolSeries.STALE) {
          found = true;
          lo = Math.min(lo, sample);
          hi = Math.max(hi, sample);
          nan |= Double.isNaN(sample);
        }
        if (range == 0 || sample == PromtoolSeries.STALE) {
          break; // an instant reads the newest sample only; a marker ends the series
        }
      }
    }
    String describe =
        matched
            ? "the test's series it selects have no sample in the "
                + (window % 60 == 0 ? window / 60 + "m" : window + "s")
                + " before minute " + eval / 60
            : "no series of the test matches it";
    return new FiringAnalysis.Selection(found, lo, hi, nan, describe);
  }
}
