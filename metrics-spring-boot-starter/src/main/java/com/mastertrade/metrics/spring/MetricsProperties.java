package com.mastertrade.metrics.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The starter's settings, under {@code mastertrade.metrics}. */
@ConfigurationProperties("mastertrade.metrics")
public class MetricsProperties {
  /**
   * Whether a Micrometer meter whose Prometheus family has the name of a schema's family fails the
   * start. Off, the meter is denied and a warning names both.
   */
  private boolean failOnMeterCollision = true;

  private final Http http = new Http();

  public boolean isFailOnMeterCollision() {
    return failOnMeterCollision;
  }

  public void setFailOnMeterCollision(boolean failOnMeterCollision) {
    this.failOnMeterCollision = failOnMeterCollision;
  }

  public Http getHttp() {
    return http;
  }

  /** The HTTP server metrics of the schema's category that extends {@code HttpServerMetrics}. */
  public static class Http {
    /** Whether requests are recorded into the schema's HTTP category. */
    private boolean enabled = true;

    /**
     * Path prefixes whose requests are not recorded, besides the actuator's base path, which is
     * never recorded when the actuator shares the application's port.
     */
    private List<String> excludedPaths = new ArrayList<>();

    /**
     * Handler patterns recorded as the route "unmatched": fallbacks that match any path. Spring
     * MVC's static resource pattern and the error path are always among them.
     */
    private List<String> unmatchedPatterns = new ArrayList<>();

    /** Where the route template of a request comes from. */
    private RouteSource routes = RouteSource.SPRING_MVC;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public List<String> getExcludedPaths() {
      return excludedPaths;
    }

    public void setExcludedPaths(List<String> excludedPaths) {
      this.excludedPaths = excludedPaths;
    }

    public List<String> getUnmatchedPatterns() {
      return unmatchedPatterns;
    }

    public void setUnmatchedPatterns(List<String> unmatchedPatterns) {
      this.unmatchedPatterns = unmatchedPatterns;
    }

    public RouteSource getRoutes() {
      return routes;
    }

    public void setRoutes(RouteSource routes) {
      this.routes = routes;
    }
  }

  /** Where a request's route template comes from. */
  public enum RouteSource {
    /** Spring MVC's matched handler pattern, else the servlet mapping. */
    SPRING_MVC,
    /** The servlet mapping only, for applications that route without Spring MVC. */
    SERVLET_MAPPING
  }
}
