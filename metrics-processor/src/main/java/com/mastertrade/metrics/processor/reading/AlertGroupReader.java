package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads one {@code @AlertGroup}: its recording rules, its alerts and their test series. */
final class AlertGroupReader {
  private final Mirrors mirrors;

  private final RunbookReader runbooks;

  AlertGroupReader(Mirrors mirrors) {
    this.mirrors = mirrors;
    this.runbooks = new RunbookReader(mirrors);
  }

  AlertGroupModel read(TypeElement holder, AnnotationMirror group) {
    List<RecordModel> records = new ArrayList<>();
    for (AnnotationMirror record : mirrors.annotations(group, "records")) {
      String name = mirrors.string(record, "record");
      Origin origin = new Origin(holder, record);
      records.add(
          new RecordModel(
              name,
              new ExpressionModel(
                  mirrors.string(record, "expr"), "recording rule " + name, origin, "expr"),
              origin));
    }
    List<AlertModel> alerts =
        mirrors.annotations(group, "alerts").stream().map(a -> alert(holder, a)).toList();
    return new AlertGroupModel(
        mirrors.string(group, "name"), records, alerts, new Origin(holder, group));
  }

  private AlertModel alert(TypeElement holder, AnnotationMirror alert) {
    String name = mirrors.string(alert, "name");
    Origin origin = new Origin(holder, alert);
    AnnotationMirror test = mirrors.annotation(alert, "test");
    List<TestSeriesModel> series =
        mirrors.annotations(test, "series").stream()
            .map(
                s ->
                    new TestSeriesModel(
                        new ExpressionModel(
                            mirrors.string(s, "series"),
                            "test series of alert " + name,
                            new Origin(holder, s),
                            "series"),
                        mirrors.string(s, "firing"),
                        mirrors.string(s, "quiet")))
            .toList();
    return new AlertModel(
        name,
        new ExpressionModel(mirrors.string(alert, "expr"), "alert " + name, origin, "expr"),
        mirrors.string(alert, "pendingFor"),
        mirrors.enumConstant(alert, "severity").toLowerCase(Locale.ROOT),
        mirrors.string(alert, "summary"),
        mirrors.string(alert, "description"),
        series,
        mirrors.strings(test, "labels"),
        runbooks.read(holder, mirrors.annotation(alert, "runbook"), "alert " + name),
        origin,
        new Origin(holder, test));
  }
}
