package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertRouteModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ReceiverAddresses;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.resolved.WatchdogAlert;
import java.util.HashSet;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes {@code alertmanager.yml}: alerts grouped by name and job, and routed by severity, each
 * severity with its timing; every alert posts to the receiving service's webhook, and to every
 * declared receiver whose route takes it; an instance's down alert silences that instance's other
 * alerts, a job's down alert the job's, an SLO's page its ticket and the alerts it inhibits for
 * its job, and the alerts an SLO demotes go as tickets for its job. The Watchdog goes to its dead
 * man's switch alone, once a minute; no inhibition can match it, since it carries neither job,
 * instance nor SLO.
 */
public final class AlertmanagerConfigWriter implements ArtifactWriter {
  public static final String FILE_NAME = "alertmanager.yml";

  private final Function<ResolvedSchema, ReceiverAddresses> addresses;

  /** The configuration sending where the schema declares. */
  public AlertmanagerConfigWriter() {
    this(schema -> ReceiverAddresses.DECLARED);
  }

  /**
   * @param addresses where the configuration of a schema sends, e.g. its Kubernetes settings'
   */
  public AlertmanagerConfigWriter(Function<ResolvedSchema, ReceiverAddresses> addresses) {
    this.addresses = addresses;
  }

  /**
   * The configuration, and its notification templates when it declares receivers; nothing without
   * both {@code @Alerting} and a scrape configuration.
   */
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    Optional<AlertingModel> alerting = schema.declarations().alerting();
    Optional<ScrapeConfigModel> scrape = schema.declarations().scrapeConfig();
    if (alerting.isEmpty() || scrape.isEmpty()) {
      return List.of();
    }
    GeneratedResource config =
        write(alerting.get(), scrape.get(), schema.slos(), addresses.apply(schema));
    if (alerting.get().receivers().isEmpty()) {
      return List.of(config);
    }
    return List.of(config, AlertmanagerTemplates.file());
  }

  private static GeneratedResource write(
      AlertingModel alerting,
      ScrapeConfigModel scrape,
      List<ResolvedSlo> slos,
      ReceiverAddresses addresses) {
    TargetModel receiver =
        scrape.targets().stream()
            .filter(t -> t.job().equals(alerting.receiverJob()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unvalidated receiver job"));
    String url =
        addresses
            .webhookUrl()
            .orElse("http://" + receiver.host() + ":" + receiver.port() + alerting.receiverPath());
    ObjectNode file = Serialization.object();
    file.putObject("global").put("resolve_timeout", "5m");
    if (!alerting.receivers().isEmpty()) {
      file.putArray("templates").add(AlertmanagerTemplates.FILE_NAME);
    }
    ObjectNode route = file.putObject("route");
    route.put("receiver", AlertRoutes.DEFAULT.receiver(alerting.receiverJob()));
    route.putArray("group_by").add("alertname").add("job");
    timing(route, AlertRoutes.DEFAULT);
    ArrayNode routes = route.putArray("routes");
    if (alerting.hasWatchdog()) {
      // First and without continue: the heartbeat reaches the switch and nobody else.
      ObjectNode watchdog = routes.addObject();
      watchdog.put("receiver", alerting.watchdogReceiver());
      watchdog.putArray("matchers").add("alertname=\"" + WatchdogAlert.NAME + "\"");
      watchdog.put("group_wait", WatchdogAlert.GROUP_WAIT);
      watchdog.put("group_interval", WatchdogAlert.GROUP_INTERVAL);
      watchdog.put("repeat_interval", WatchdogAlert.REPEAT_INTERVAL);
    }
    // An alert an SLO demotes goes as a ticket for the SLO's job, to whoever takes tickets, before
    // the severity routes.
    for (ResolvedSlo slo : slos) {
      for (String alert : slo.slo().demotes()) {
        ObjectNode child = routes.addObject();
        child.put("receiver", AlertRoutes.TICKET.receiver(alerting.receiverJob()));
        child.putArray("matchers").add("alertname=\"" + alert + "\"").add("job=\"" + slo.job() + "\"");
        timing(child, AlertRoutes.TICKET);
        notifyPeople(child, alerting, AlertRoutes.TICKET);
      }
    }
    for (AlertRoutes severity : AlertRoutes.values()) {
      if (severity == AlertRoutes.DEFAULT && AlertRouteMatchers.of(alerting, severity).isEmpty()) {
        continue;
      }
      ObjectNode child = routes.addObject();
      child.put("receiver", severity.receiver(alerting.receiverJob()));
      child.putArray("matchers").add(AlertRouteMatchers.severity(severity));
      timing(child, severity);
      notifyPeople(child, alerting, severity);
    }
    ArrayNode inhibit = file.putArray("inhibit_rules");
    ObjectNode down = inhibit.addObject();
    down.putArray("source_matchers").add("alertname=\"" + alerting.serviceDownAlert() + "\"");
    down.putArray("target_matchers").add("alertname!=\"" + alerting.serviceDownAlert() + "\"");
    // The down alert fires per instance: it silences that instance's alerts only, never the job's
    // alerts without an instance (an SLO's page stays while the job's other instances serve errors).
    down.putArray("equal").add("job").add("instance");
    if (!alerting.jobDownAlert().isEmpty()) {
      ObjectNode jobDown = inhibit.addObject();
      jobDown.putArray("source_matchers").add("alertname=\"" + alerting.jobDownAlert() + "\"");
      // The instances' down alerts still go out: they say which instances are down.
      jobDown
          .putArray("target_matchers")
          .add("alertname!=\"" + alerting.jobDownAlert() + "\"")
          .add("alertname!=\"" + alerting.serviceDownAlert() + "\"");
      jobDown.putArray("equal").add("job");
    }
    // Only SLO alerts carry slo: without the matchers, alerts without it would all be "equal".
    ObjectNode page = inhibit.addObject();
    page.putArray("source_matchers").add("severity=\"page\"").add("slo=~\".+\"");
    page.putArray("target_matchers").add("severity=\"ticket\"").add("slo=~\".+\"");
    page.putArray("equal").add("slo");
    // An alert an SLO inhibits pages for the SLO's events: silenced for its job while the SLO pages.
    for (ResolvedSlo slo : slos) {
      for (String alert : slo.slo().inhibits()) {
        ObjectNode covered = inhibit.addObject();
        covered.putArray("source_matchers").add("alertname=\"" + slo.slo().pageAlert() + "\"");
        covered.putArray("target_matchers").add("alertname=\"" + alert + "\"");
        covered.putArray("equal").add("job");
      }
    }
    ArrayNode receivers = file.putArray("receivers");
    for (AlertRoutes severity : AlertRoutes.values()) {
      ObjectNode webhook =
          receivers
              .addObject()
              .put("name", severity.receiver(alerting.receiverJob()))
              .putArray("webhook_configs")
              .addObject();
      webhook.put("url", url);
      webhook.put("send_resolved", true);
      ReceiverIntegrations.bearer(webhook, alerting.receiverCredentialsFile());
    }
    for (ReceiverModel receiverAsDeclared : alerting.receivers()) {
      ReceiverModel declared = addresses.apply(receiverAsDeclared);
      ObjectNode person = receivers.addObject().put("name", declared.name());
      ReceiverIntegrations.add(person, declared);
      if (declared.name().equals(alerting.watchdogReceiver())) {
        // A switch takes any request as a heartbeat: the notice Alertmanager sends once
        // Prometheus stops renewing the Watchdog would postpone the very alarm it must raise.
        for (JsonNode webhook : person.withArray("webhook_configs")) {
          ((ObjectNode) webhook).put("send_resolved", false);
        }
      }
    }
    return new GeneratedResource(ArtifactPaths.ALERTS + "/" + FILE_NAME, Serialization.yaml(file));
  }

  /**
   * The children of a route that alerts of {@code severity} take: the declared receivers whose
   * routes take them, each with the matchers of its route. A route whose children match notifies
   * only them, so the receiving job comes first.
   */
  private static void notifyPeople(ObjectNode route, AlertingModel alerting, AlertRoutes severity) {
    List<AlertRouteModel> people = AlertRouteMatchers.of(alerting, severity);
    if (people.isEmpty()) {
      return;
    }
    ArrayNode children = route.putArray("routes");
    children
        .addObject()
        .put("receiver", severity.receiver(alerting.receiverJob()))
        .put("continue", true);
    Set<String> takeAll = new HashSet<>();
    for (AlertRouteModel person : people) {
      List<String> matchers = AlertRouteMatchers.of(person, severity);
      if (takeAll.contains(person.receiver())) {
        continue; // it already takes every alert of this severity
      }
      ObjectNode to = children.addObject().put("receiver", person.receiver());
      if (matchers.isEmpty()) {
        takeAll.add(person.receiver());
      } else {
        matchers.forEach(to.putArray("matchers")::add);
      }
      to.put("continue", true);
    }
  }

  private static void timing(ObjectNode route, AlertRoutes severity) {
    route.put("group_wait", severity.groupWait());
    route.put("group_interval", severity.groupInterval());
    route.put("repeat_interval", severity.repeatInterval());
  }
}
