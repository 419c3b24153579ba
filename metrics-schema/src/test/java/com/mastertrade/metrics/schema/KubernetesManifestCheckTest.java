package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the build's check of {@code deploy/kubernetes/} (scripts/kubernetes-schema-check): it
 * accepts the committed manifests and rejects each kind of mistake the published schemas, promtool
 * and Grafana's types (dashboards and data sources) catch, so a manifest the Operator would refuse cannot pass the build.
 */
class KubernetesManifestCheckTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");

  @TempDir Path work;

  @Test
  void acceptsTheCommittedManifests() throws Exception {
    Result result =
        check(
            MANIFESTS.resolve("prometheus-rules.yaml"),
            MANIFESTS.resolve("service-monitors.yaml"),
            MANIFESTS.resolve("grafana-dashboards.yaml"),
            MANIFESTS.resolve("grafana-datasources.yaml"),
            MANIFESTS.resolve("prometheus.yaml"));

    assertWithMessage(result.output).that(result.exitCode).isEqualTo(0);
  }

  @Test
  void rejectsADurationTheOperatorCannotRead() throws Exception {
    Result result = checkEdited("service-monitors.yaml", "interval: 15s", "interval: fast");

    assertThat(result.exitCode).isNotEqualTo(0);
    assertThat(result.output).contains("interval must match pattern");
  }

  @Test
  void rejectsALabelValueThatIsNotAString() throws Exception {
    Result result =
        checkEdited("grafana-dashboards.yaml", "grafana_dashboard: \"1\"", "grafana_dashboard: 1");

    assertThat(result.exitCode).isNotEqualTo(0);
    assertThat(result.output).contains("labels/grafana_dashboard must be string");
  }

  @Test
  void rejectsAnExemplarLinkGrafanaDoesNotKnow() throws Exception {
    Result result =
        checkEdited("grafana-datasources.yaml", "datasourceUid:", "datasourceUID:");

    assertThat(result.exitCode).isNotEqualTo(0);
    assertThat(result.output)
        .contains("'\"datasourceUID\"' does not exist in type 'ExemplarTraceIdDestination'");
  }

  @Test
  void rejectsAnObjectNameKubernetesRefuses() throws Exception {
    Result result =
        checkEdited("service-monitors.yaml", "name: risk-manager", "name: risk_manager");

    assertThat(result.exitCode).isNotEqualTo(0);
    assertThat(result.output).contains("name 'risk_manager' is not a DNS-1123 subdomain");
  }

  @Test
  void rejectsARuleGroupPromtoolRefuses() throws Exception {
    Result result = checkEdited("prometheus-rules.yaml", "expr: up == 0", "expr: up == (0");

    assertThat(result.exitCode).isNotEqualTo(0);
    assertThat(result.output).contains("parse error");
  }

  private Result checkEdited(String file, String from, String to) throws Exception {
    String manifest = Files.readString(MANIFESTS.resolve(file));
    assertWithMessage("%s contains %s", file, from).that(manifest).contains(from);
    Path edited = work.resolve(file);
    Files.writeString(edited, manifest.replace(from, to));
    return check(edited);
  }

  private record Result(int exitCode, String output) {}

  private Result check(Path... manifests) throws IOException, InterruptedException {
    Path output = work.resolve("check.out");
    String[] command = new String[manifests.length + 2];
    command[0] = "bash";
    command[1] = ROOT.resolve("scripts/kubernetes-schema-check/check-manifests.sh").toString();
    for (int i = 0; i < manifests.length; i++) {
      command[i + 2] = manifests[i].toString();
    }
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("check-manifests.sh did not finish in 300 s");
    }
    return new Result(process.exitValue(), Files.readString(output));
  }
}
