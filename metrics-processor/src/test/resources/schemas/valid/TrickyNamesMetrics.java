package com.example.tricky;

import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Label;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Quantiles;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.SummaryRecorder;

/** Names that meet after case conversion, keywords, and text that Javadoc would misread. */
@MetricsSchema(namespace = "tricky")
public interface TrickyNamesMetrics {
  enum Status {
    OK,
    FAILED
  }

  @Category(
      title = "Default */ <b>bold</b> & @param",
      description = "Ends */ a comment, \\u002a/ too; {@code x} and\n@see tags.")
  interface Default {
    @Metric(help = "A label named like its method")
    CounterRecorder status(Status status);

    @Metric(help = "Camel case")
    CounterRecorder fooBar();

    @Metric(help = "Snake case, the same constant", name = "foo_bar_snake")
    CounterRecorder foo_bar();

    @Metric(help = "Open label field abCD")
    CounterRecorder ab(@MaxValues(2) String cD);

    @Metric(help = "Open label field abCD again")
    CounterRecorder abC(@MaxValues(2) String d);

    @Metric(help = "A method named like its own constant", name = "upper")
    GaugeRecorder UPPER();

    @Metric(help = "An overload", name = "over_plain")
    CounterRecorder over();

    @Metric(help = "Another overload", name = "over_status")
    CounterRecorder over(Status status);

    @Metric(help = "Parameters named like generated locals")
    CounterRecorder values(@Label("kind") Status registry, @MaxValues(3) String values);

    @Metric(help = "Parameters named like the locals of an open label lookup")
    CounterRecorder lookup(
        @MaxValues(2) String last,
        @Label("kind") Status closed,
        @MaxValues(2) String series,
        @Label("state") boolean previous);

    @Metric(help = "A constant named like a label domain")
    CounterRecorder statusValues();

    @Metric(help = "A window longer than an int", unit = "usd")
    @Quantiles(value = {0.5}, maxAgeSeconds = Long.MAX_VALUE)
    SummaryRecorder window();
  }

  @Category(title = "Class", description = "A category named like a keyword.", prefix = "klass")
  interface Class {
    @Metric(help = "Loaded")
    CounterRecorder loaded(boolean ok);
  }

  @Category(title = "Int", description = "Another keyword.", prefix = "int")
  interface Int {
    @Metric(help = "Count")
    CounterRecorder runs();
  }
}
