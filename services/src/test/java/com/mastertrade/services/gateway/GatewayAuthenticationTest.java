package com.mastertrade.services.gateway;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.Range;
import com.mastertrade.metrics.schema.MasterTradeLabels.AccessRefusal;
import com.mastertrade.services.access.InternalCredential;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.testing.FreePorts;
import com.mastertrade.services.testing.ThrowawayDatabase;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway and an internal service in this process, on free ports of 127.0.0.1 and a database of
 * their own ({@code gateway_test}) on the machine's PostgreSQL; the gateway also needs Redis. API
 * keys are made as the {@code api-key.sh} command makes them.
 */
class GatewayAuthenticationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CREDENTIAL = UUID.randomUUID().toString();
  private static final int RATE_LIMIT = 3;

  /** The names of the keys this test made, by key: revoked when it ends. */
  private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

  private static ServiceHost internal;
  private static ServiceHost gateway;
  private static ServiceHost admin;
  private static ApiKeys keys;
  private static int gatewayPort;
  private static int internalPort;

  @BeforeAll
  static void start() throws Exception {
    gatewayPort = FreePorts.next();
    internalPort = FreePorts.next();
    Settings settings =
        Settings.of(
            Map.of(
                "API_GATEWAY_PORT", Integer.toString(gatewayPort),
                "RISK_MANAGER_PORT", Integer.toString(internalPort),
                // Nothing listens there: the executor is down.
                "ORDER_EXECUTOR_PORT", Integer.toString(FreePorts.next()),
                "POSTGRES_DB", ThrowawayDatabase.ensure("gateway_test"),
                "INTERNAL_CREDENTIAL", CREDENTIAL,
                "GATEWAY_RATE_LIMIT", Integer.toString(RATE_LIMIT)));
    // A stand-in for the risk manager: an internal service with one route.
    internal =
        ServiceHost.startInProcess(
            ServiceName.RISK_MANAGER,
            settings,
            host ->
                host.serveHttp(config -> config.routes.get("/risk", ctx -> ctx.json(Map.of()))));
    gateway = ServiceHost.startInProcess(ServiceName.API_GATEWAY, settings, ApiGateway::start);
    admin = ServiceHost.startInProcess(ServiceName.API_GATEWAY, settings, host -> {});
    keys = new ApiKeys(Database.open(admin, 1));
  }

  @AfterAll
  static void stop() {
    if (keys != null) {
      NAMES.values().forEach(keys::revoke);
    }
    for (ServiceHost host : new ServiceHost[] {gateway, internal, admin}) {
      if (host != null) {
        host.close();
      }
    }
  }

  @Test
  void aCallWithoutAKeyIsRefusedWith401AndCounted() throws Exception {
    double before = refused(gateway, AccessRefusal.MISSING_KEY);
    HttpResponse<String> response = get(gatewayPort, "/api/risk", null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"mastertrade\"");
    assertThat(refused(gateway, AccessRefusal.MISSING_KEY)).isEqualTo(before + 1);
  }

  @Test
  void aWrongOrRevokedKeyIsRefusedWith401AndCounted() throws Exception {
    double before = refused(gateway, AccessRefusal.INVALID_KEY);
    String revoked = newKey(EnumSet.of(ApiScope.READ));
    keys.revoke(nameOf(revoked));
    assertThat(get(gatewayPort, "/api/risk", ApiKeyFormat.generate()).statusCode()).isEqualTo(401);
    assertThat(get(gatewayPort, "/api/risk", "not-a-key").statusCode()).isEqualTo(401);
    assertThat(get(gatewayPort, "/api/risk", revoked).statusCode()).isEqualTo(401);
    assertThat(refused(gateway, AccessRefusal.INVALID_KEY)).isEqualTo(before + 3);
  }

  @Test
  void aValidKeyIsForwardedWithTheInternalCredential() throws Exception {
    HttpResponse<String> response =
        get(gatewayPort, "/api/risk", newKey(EnumSet.of(ApiScope.READ)));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{}");
  }

  @Test
  void aKeyWithoutTheTradeScopeCannotPlaceOrders() throws Exception {
    double before = refused(gateway, AccessRefusal.KEY_NOT_ALLOWED);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri(gatewayPort, "/api/orders"))
                .header("Authorization", "Bearer " + newKey(EnumSet.of(ApiScope.READ)))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(refused(gateway, AccessRefusal.KEY_NOT_ALLOWED)).isEqualTo(before + 1);
  }

  @Test
  void overTheRateLimitTheAnswerIs429WithRetryAfter() throws Exception {
    String key = newKey(EnumSet.of(ApiScope.READ));
    double before = refused(gateway, AccessRefusal.RATE_LIMITED);
    HttpResponse<String> limited = null;
    int ok = 0;
    // The bucket holds RATE_LIMIT requests and refills RATE_LIMIT per second: far more requests
    // than that in a tight loop must meet an empty bucket.
    for (int i = 0; i < 10 * RATE_LIMIT && limited == null; i++) {
      HttpResponse<String> response = get(gatewayPort, "/api/risk", key);
      if (response.statusCode() == 429) {
        limited = response;
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
        ok++;
      }
    }
    assertThat(limited).isNotNull();
    assertThat(ok).isAtLeast(RATE_LIMIT);
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isIn(Range.closed(1L, 2L));
    assertThat(refused(gateway, AccessRefusal.RATE_LIMITED)).isEqualTo(before + 1);
    // Another key has its own bucket.
    assertThat(get(gatewayPort, "/api/risk", newKey(EnumSet.of(ApiScope.READ))).statusCode())
        .isEqualTo(200);
  }

  @Test
  void pathParametersAreCheckedBeforeTheyAreForwarded() throws Exception {
    String key = newKey(EnumSet.of(ApiScope.READ));
    // An encoded slash must not walk the forwarded path to another route of the service.
    HttpResponse<String> traversal = get(gatewayPort, "/api/orders/..%2Fportfolio", key);
    assertThat(traversal.statusCode()).isEqualTo(400);
    assertThat(get(gatewayPort, "/api/orders/-1", key).statusCode()).isEqualTo(400);
    HttpResponse<String> unknown = get(gatewayPort, "/api/candles/NOPE%3Flimit%3D1", key);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("unknown symbol");
  }

  @Test
  void aBackendThatIsDownIsA503WithRetryAfterCountedUnderItsRoute() throws Exception {
    HttpResponse<String> response =
        get(gatewayPort, "/api/portfolio", newKey(EnumSet.of(ApiScope.READ)));
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(response.body()).contains("unavailable");
    assertThat(scrape(gateway.registry()))
        .contains(
            "mastertrade_http_requests_total{method=\"GET\",route=\"/api/portfolio\","
                + "status=\"5xx\"} 1");
  }

  @Test
  void anUnknownApiPathIsA404WithoutAnyKey() throws Exception {
    assertThat(get(gatewayPort, "/api/no/such/route", null).statusCode()).isEqualTo(404);
  }

  @Test
  void anInternalServiceRefusesCallsWithoutTheCredential() throws Exception {
    double missing = refused(internal, AccessRefusal.MISSING_CREDENTIAL);
    double invalid = refused(internal, AccessRefusal.INVALID_CREDENTIAL);
    assertThat(get(internalPort, "/risk", null).statusCode()).isEqualTo(401);
    // A client's API key is not the credential either.
    assertThat(get(internalPort, "/risk", newKey(EnumSet.of(ApiScope.READ))).statusCode())
        .isEqualTo(401);
    assertThat(refused(internal, AccessRefusal.MISSING_CREDENTIAL)).isEqualTo(missing + 1);
    assertThat(refused(internal, AccessRefusal.INVALID_CREDENTIAL)).isEqualTo(invalid + 1);

    HttpResponse<String> withCredential =
        HTTP.send(
            HttpRequest.newBuilder(uri(internalPort, "/risk"))
                .header("Authorization", InternalCredential.authorization(CREDENTIAL))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withCredential.statusCode()).isEqualTo(200);
  }

  @Test
  void metricsStayOpenOnLoopback() throws Exception {
    assertThat(get(internalPort, "/metrics", null).statusCode()).isEqualTo(200);
    HttpResponse<String> scrape = get(gatewayPort, "/metrics", null);
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("mastertrade_http_requests_refused_total");
  }

  private static String newKey(EnumSet<ApiScope> scopes) {
    String name = "test-" + UUID.randomUUID();
    String key = keys.create(name, scopes);
    NAMES.put(key, name);
    return key;
  }

  private static String nameOf(String key) {
    return NAMES.get(key);
  }

  private static double refused(ServiceHost host, AccessRefusal reason) throws Exception {
    String series =
        "mastertrade_http_requests_refused_total{reason=\""
            + reason.name().toLowerCase(Locale.ROOT)
            + "\"} ";
    return scrape(host.registry())
        .lines()
        .filter(line -> line.startsWith(series))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series " + series));
  }

  private static String scrape(PrometheusRegistry registry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(int port, String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
