package com.mastertrade.metrics.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@link ShopApplication} on a free port of 127.0.0.1, with its scrape endpoint exposed. */
final class RunningShop implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  final ConfigurableApplicationContext context;
  private final int port;

  RunningShop(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = context.getEnvironment().getProperty("local.server.port", Integer.class);
  }

  static RunningShop start(Class<?>... extraSources) {
    return new RunningShop(builder(extraSources).run(args()));
  }

  static SpringApplicationBuilder builder(Class<?>... extraSources) {
    return new SpringApplicationBuilder(ShopApplication.class).sources(extraSources);
  }

  static String[] args(String... more) {
    String[] base = {
      "--server.port=0",
      "--server.address=127.0.0.1",
      "--management.endpoints.web.exposure.include=health,prometheus",
      "--spring.main.banner-mode=off"
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  String scrape() throws Exception {
    return send("GET", "/actuator/prometheus").body();
  }

  @Override
  public void close() {
    context.close();
  }
}
