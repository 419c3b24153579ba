package com.mastertrade.services.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * Stand-ins on 127.0.0.1 for where notifications go: WireMock answering as PagerDuty's Events API
 * v2 ({@code 202} with its JSON), as a Slack incoming webhook ({@code 200 ok}) and as the alert
 * system's webhook and a dead man's switch ({@code 200}); GreenMail as the SMTP relay, taking
 * mail only with the right password.
 */
public final class NotificationFakes implements AutoCloseable {
  public static final String PAGERDUTY_PATH = "/v2/enqueue";
  public static final String SLACK_PATH = "/services/T0MASTER/B0TRADE/slack-webhook-token";
  public static final String ALERT_SYSTEM_PATH = "/alertmanager";
  public static final String DEADMANS_SWITCH_PATH = "/deadmans-switch";
  public static final String SMTP_USER = "alertmanager";
  public static final String SMTP_PASSWORD = "smtp-password-4711";

  private final WireMockServer http;
  private final GreenMail smtp;

  /**
   * @param slackRefusals how many first Slack posts are answered 503, as Slack does when it is
   *     overloaded
   */
  public NotificationFakes(int slackRefusals) {
    http = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    http.start();
    http.stubFor(
        post(urlEqualTo(PAGERDUTY_PATH))
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"status\":\"success\",\"message\":\"Event processed\"}")));
    String state = Scenario.STARTED;
    for (int i = 0; i < slackRefusals; i++) {
      String next = "refused " + (i + 1);
      http.stubFor(
          post(urlEqualTo(SLACK_PATH))
              .inScenario("slack")
              .whenScenarioStateIs(state)
              .willSetStateTo(next)
              .willReturn(aResponse().withStatus(503).withBody("service unavailable")));
      state = next;
    }
    http.stubFor(
        post(urlEqualTo(SLACK_PATH))
            .inScenario("slack")
            .whenScenarioStateIs(state)
            .willReturn(aResponse().withStatus(200).withBody("ok")));
    http.stubFor(post(urlEqualTo(ALERT_SYSTEM_PATH)).willReturn(aResponse().withStatus(200)));
    http.stubFor(
        post(urlEqualTo(DEADMANS_SWITCH_PATH)).willReturn(aResponse().withStatus(200)));
    smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(
                GreenMailConfiguration.aConfig().withUser(SMTP_USER, SMTP_PASSWORD));
    smtp.start();
  }

  public String httpBase() {
    return "http://127.0.0.1:" + http.port();
  }

  public String smarthost() {
    return "127.0.0.1:" + smtp.getSmtp().getPort();
  }

  /** Every request posted to {@code path}, in the order received, refused ones included. */
  public List<LoggedRequest> posted(String path) {
    return http.findAll(postRequestedFor(urlEqualTo(path)));
  }

  public MimeMessage[] mails() {
    return smtp.getReceivedMessages();
  }

  @Override
  public void close() {
    http.stop();
    smtp.stop();
  }
}
