package com.mastertrade.services.common;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.ServiceCatalog;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The services' names come from the schema's scrape targets; the schema's closed {@code service}
 * label set must name the same six, or {@code service_info} would carry a name no job has.
 */
class ServiceNameTest {
  @Test
  void theServicesAndTheSchemasServiceLabelValuesMapOneToOne() {
    // Exhaustive both ways: every label value is one service's, and each service's is its job.
    assertThat(Arrays.stream(ServiceName.values()).map(ServiceName::label).toList())
        .containsExactlyElementsIn(MasterTradeMetrics.Service.values());
    for (ServiceName service : ServiceName.values()) {
      assertThat(service.label().name().toLowerCase(Locale.ROOT)).isEqualTo(service.id());
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
