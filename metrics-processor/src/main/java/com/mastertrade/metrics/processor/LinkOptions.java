package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.validation.BaseUrls;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The base URLs of the runbook and dashboard links every alert carries, checked once per
 * compilation. {@code metrics.links.*} set them for every artifact, over the schema's {@code
 * @Alerting}; {@code metrics.kubernetes.*} set them for the rules of the Kubernetes manifests
 * alone, which run where nobody reaches the build machine's loopback address: so those rules never
 * link to one.
 */
record LinkOptions(
    Optional<String> runbookBase,
    Optional<String> dashboardBase,
    Optional<String> kubernetesRunbookBase,
    Optional<String> kubernetesDashboardBase,
    boolean kubernetesWritten) {

  static final String RUNBOOK_BASE = "metrics.links.runbookBase";
  static final String DASHBOARD_BASE = "metrics.links.dashboardBase";
  static final String KUBERNETES_RUNBOOK_BASE = "metrics.kubernetes.runbookBase";
  static final String KUBERNETES_DASHBOARD_BASE = "metrics.kubernetes.dashboardBase";
  static final List<String> ALL =
      List.of(RUNBOOK_BASE, DASHBOARD_BASE, KUBERNETES_RUNBOOK_BASE, KUBERNETES_DASHBOARD_BASE);

  /**
   * Reads the options; a value that is not a base URL, a loopback base for the manifests' own, or
   * a loopback base for all artifacts while the manifests are written without their own, is an
   * error naming the option.
   */
  static LinkOptions read(OptionValues values, boolean kubernetesWritten) {
    Optional<String> runbook = url(values, RUNBOOK_BASE, "https://runbooks.example.com/");
    Optional<String> dashboard = url(values, DASHBOARD_BASE, "https://grafana.example.com");
    Optional<String> kubernetesRunbook =
        url(values, KUBERNETES_RUNBOOK_BASE, "https://runbooks.example.com/");
    Optional<String> kubernetesDashboard =
        url(values, KUBERNETES_DASHBOARD_BASE, "https://grafana.example.com");
    notLoopback(values, KUBERNETES_RUNBOOK_BASE, kubernetesRunbook, KUBERNETES_RUNBOOK_BASE);
    notLoopback(values, KUBERNETES_DASHBOARD_BASE, kubernetesDashboard, KUBERNETES_DASHBOARD_BASE);
    if (kubernetesWritten) {
      if (kubernetesRunbook.isEmpty()) {
        notLoopback(values, RUNBOOK_BASE, runbook, KUBERNETES_RUNBOOK_BASE);
      }
      if (kubernetesDashboard.isEmpty()) {
        notLoopback(values, DASHBOARD_BASE, dashboard, KUBERNETES_DASHBOARD_BASE);
      }
    }
    return new LinkOptions(
        runbook, dashboard, kubernetesRunbook, kubernetesDashboard, kubernetesWritten);
  }

  /** The links of every artifact: the options, else {@code @Alerting}, else relative. */
  AlertLinks links(Optional<AlertingModel> alerting) {
    return new AlertLinks(
        runbookBase.or(() -> alerting.map(AlertingModel::runbookBaseUrl)),
        dashboardBase.or(() -> alerting.map(AlertingModel::dashboardBaseUrl)),
        alerting.map(AlertingModel::traceSearchBaseUrl));
  }

  /** The links of the rules in the Kubernetes manifests: their own options, else as everywhere. */
  AlertLinks kubernetesLinks(Optional<AlertingModel> alerting) {
    return new AlertLinks(
        kubernetesRunbookBase
            .or(() -> runbookBase)
            .or(() -> alerting.map(AlertingModel::runbookBaseUrl)),
        kubernetesDashboardBase
            .or(() -> dashboardBase)
            .or(() -> alerting.map(AlertingModel::dashboardBaseUrl)),
        alerting.map(AlertingModel::traceSearchBaseUrl));
  }

  /**
   * A loopback base of {@code @Alerting} that would reach the Kubernetes manifests (no option
   * replaces it there): an error on the attribute, naming the option that gives the manifests
   * their own.
   */
  List<Diagnostic> check(Optional<AlertingModel> alerting) {
    List<Diagnostic> errors = new ArrayList<>();
    if (!kubernetesWritten || alerting.isEmpty()) {
      return errors;
    }
    AlertingModel declared = alerting.get();
    loopback(declared, "runbookBaseUrl", AlertingModel::runbookBaseUrl,
        kubernetesRunbookBase.or(() -> runbookBase), KUBERNETES_RUNBOOK_BASE, errors);
    loopback(declared, "dashboardBaseUrl", AlertingModel::dashboardBaseUrl,
        kubernetesDashboardBase.or(() -> dashboardBase), KUBERNETES_DASHBOARD_BASE, errors);
    return errors;
  }

  private static void loopback(
      AlertingModel alerting,
      String attribute,
      Function<AlertingModel, String> base,
      Optional<String> replacement,
      String option,
      List<Diagnostic> errors) {
    String url = base.apply(alerting);
    if (replacement.isEmpty() && BaseUrls.isLoopback(url)) {
      errors.add(
          Diagnostic.at(
              alerting.origin(), attribute, Message.LOOPBACK_KUBERNETES_LINK, attribute, url,
              option));
    }
  }

  private static Optional<String> url(OptionValues values, String name, String example) {
    return values.baseUrl(name, example, "a base URL");
  }

  private static void notLoopback(
      OptionValues values, String name, Optional<String> url, String kubernetesOption) {
    if (url.isPresent() && BaseUrls.isLoopback(url.get())) {
      values.error(Message.LOOPBACK_LINK_OPTION, name, url.get(), kubernetesOption);
    }
  }
}
