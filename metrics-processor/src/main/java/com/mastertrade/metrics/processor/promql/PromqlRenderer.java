package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;

/** Turns a validated template into PromQL by writing each reference's series name in its place. */
public final class PromqlRenderer {
  private final MetricLookup lookup;

  public PromqlRenderer(SchemaModel schema) {
    this.lookup = new MetricLookup(schema);
  }

  public String render(String template) {
    PromqlTemplate parsed = PromqlTemplate.parse(template);
    StringBuilder promql = new StringBuilder();
    int copied = 0;
    for (MetricReference reference : parsed.references()) {
      MetricModel metric =
          lookup
              .metric(reference)
              .orElseThrow(() -> new IllegalStateException("unvalidated " + reference.written()));
      promql.append(template, copied, reference.start());
      promql.append(MetricLookup.seriesName(metric, reference.suffix()));
      copied = reference.end();
    }
    return promql.append(template.substring(copied)).toString();
  }
}
