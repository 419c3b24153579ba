package com.mastertrade.services.common;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.ServiceCatalog;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The services' names come from the schema's scrape targets; the schema's closed {@code service}
 * label set must name the same six, or {@code service_info} would carry a name no job has.
 */
class ServiceNameTest {
  @Test
  void everyServiceIsAValueOfTheSchemasServiceLabel() {
    Set<String> labels =
        Arrays.stream(MasterTradeMetrics.Service.values())
            .map(value -> value.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    Set<String> services =
        Arrays.stream(ServiceName.values()).map(ServiceName::id).collect(Collectors.toSet());

    assertThat(services).isEqualTo(labels);
    for (ServiceName service : ServiceName.values()) {
      assertThat(MasterTradeMetrics.Service.valueOf(service.name()).name())
          .isEqualTo(service.id().toUpperCase(Locale.ROOT));
    }
  }

  @Test
  void everyServiceHasAMainClassAndItsOwnPort() {
    for (ServiceName service : ServiceName.values()) {
      assertThat(ServiceCatalog.mainClass(service)).isNotNull();
    }
    assertThat(Arrays.stream(ServiceName.values()).map(ServiceName::defaultPort).distinct().count())
        .isEqualTo(ServiceName.values().length);
  }
}
