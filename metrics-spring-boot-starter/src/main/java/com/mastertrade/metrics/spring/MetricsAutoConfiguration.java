package com.mastertrade.metrics.spring;

import com.mastertrade.metrics.http.servlet.HttpMetricsFilter;
import com.mastertrade.metrics.http.servlet.RouteResolver;
import com.mastertrade.metrics.runtime.GeneratedSchema;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Registers every generated schema on the class path into the {@link PrometheusRegistry} the
 * actuator serves at {@code /actuator/prometheus}, defines its recorders as beans, and records the
 * application's HTTP requests into the schema's HTTP category on Spring MVC's route templates.
 * Reads Boot's settings through the {@link Environment} only, so the same classes run on Boot 3.5
 * and 4.0.
 */
@AutoConfiguration(
    afterName = {
      // Boot 3.5 and Boot 4.0 names of the auto-configuration that defines the registry.
      "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration"
    })
@ConditionalOnClass(PrometheusRegistry.class)
@EnableConfigurationProperties(MetricsProperties.class)
public class MetricsAutoConfiguration {
  /** Static: it defines beans before any other bean is created. */
  @Bean
  static SchemaBeanRegistrar metricsSchemaBeanRegistrar() {
    return new SchemaBeanRegistrar();
  }

  @Bean
  @ConditionalOnClass(name = "io.micrometer.prometheusmetrics.PrometheusNamingConvention")
  static MeterFamilyCollisions metricsMeterFamilyCollisions(Environment environment) {
    boolean fail =
        environment.getProperty("mastertrade.metrics.fail-on-meter-collision", Boolean.class, true);
    return new MeterFamilyCollisions(schemaFamilies(), fail);
  }

  @Bean
  @ConditionalOnBean(PrometheusRegistry.class)
  DefaultRegistryUse metricsDefaultRegistryUse(PrometheusRegistry registry) {
    return new DefaultRegistryUse(registry, schemaFamilies());
  }

  private static Map<String, String> schemaFamilies() {
    List<GeneratedSchema<?>> schemas =
        GeneratedSchemas.load(MetricsAutoConfiguration.class.getClassLoader());
    return GeneratedSchemas.families(schemas);
  }

  /** The HTTP filter, where a schema has an HTTP category. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "jakarta.servlet.Filter")
  @Conditional(OnHttpCategoryCondition.class)
  @ConditionalOnProperty(
      prefix = "mastertrade.metrics.http",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class HttpMetricsConfiguration {
    @Bean
    ApplicationHttpMetricsFilter metricsHttpFilter(
        ObjectProvider<HttpServerMetrics> metrics,
        ObjectProvider<RouteResolver> routes,
        MetricsProperties properties,
        Environment environment) {
      HttpServerMetrics http = metrics.getIfUnique();
      if (http == null) {
        throw new IllegalStateException(
            "The application has several schema categories extending HttpServerMetrics: define"
                + " the filter with the one to record into, or set"
                + " mastertrade.metrics.http.enabled=false");
      }
      RouteResolver resolver = routes.getIfAvailable(() -> routes(properties, environment));
      return new ApplicationHttpMetricsFilter(
          new HttpMetricsFilter(new HttpServerInstrumentation(http), resolver),
          excludedPaths(properties, environment));
    }

    private static RouteResolver routes(MetricsProperties properties, Environment environment) {
      if (properties.getHttp().getRoutes() == MetricsProperties.RouteSource.SERVLET_MAPPING) {
        return RouteResolver.servletMapping();
      }
      Set<String> unmatched = new LinkedHashSet<>();
      unmatched.add(environment.getProperty("spring.mvc.static-path-pattern", "/**"));
      unmatched.add(environment.getProperty("server.error.path", "/error"));
      unmatched.addAll(properties.getHttp().getUnmatchedPatterns());
      return new SpringMvcRoutes(RouteResolver.standard(), unmatched);
    }

    /** The actuator's base path where it shares the application's port, and the configured. */
    private static List<String> excludedPaths(
        MetricsProperties properties, Environment environment) {
      List<String> excluded = new ArrayList<>();
      String managementPort = environment.getProperty("management.server.port");
      String serverPort = environment.getProperty("server.port", "8080");
      if (managementPort == null || managementPort.equals(serverPort)) {
        excluded.add(environment.getProperty("management.endpoints.web.base-path", "/actuator"));
      }
      excluded.addAll(properties.getHttp().getExcludedPaths());
      return excluded;
    }
  }
}
