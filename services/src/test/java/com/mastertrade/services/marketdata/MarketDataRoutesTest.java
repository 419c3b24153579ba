package com.mastertrade.services.marketdata;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.services.access.InternalCredential;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.testing.FreePorts;
import com.mastertrade.services.testing.ThrowawayDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The market data API in this process on a free port, its candles in a database of its own ({@code
 * gateway_test}); no price stream runs.
 */
class MarketDataRoutesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CREDENTIAL = UUID.randomUUID().toString();
  private static ServiceHost host;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    port = FreePorts.next();
    Settings settings =
        Settings.of(
            Map.of(
                "MARKET_DATA_SERVICE_PORT", Integer.toString(port),
                "POSTGRES_DB", ThrowawayDatabase.ensure("gateway_test"),
                "INTERNAL_CREDENTIAL", CREDENTIAL));
    host =
        ServiceHost.startInProcess(
            ServiceName.MARKET_DATA_SERVICE,
            settings,
            h -> {
              CandleStore store = new CandleStore(Database.open(h, 1));
              LatestPrices prices = new LatestPrices(Cache.open(h));
              h.serveHttp(config -> new MarketDataRoutes(prices, store).addTo(config));
            });
  }

  @AfterAll
  static void stop() {
    if (host != null) {
      host.close();
    }
  }

  @Test
  void candlesWithoutALimitAnswerTheDefault() throws Exception {
    HttpResponse<String> response = get("/candles/BTCUSDT");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void aLimitOutsideItsRangeIsA400WithItsReason() throws Exception {
    HttpResponse<String> response = get("/candles/BTCUSDT?limit=0");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("limit must be 1..500");
    assertThat(get("/candles/BTCUSDT?limit=many").statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownSymbolIsA404() throws Exception {
    HttpResponse<String> response = get("/candles/NOPE");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("BTCUSDT, ETHUSDT, SOLUSDT");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", InternalCredential.authorization(CREDENTIAL))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
