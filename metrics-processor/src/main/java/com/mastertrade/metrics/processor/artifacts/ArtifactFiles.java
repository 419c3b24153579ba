package com.mastertrade.metrics.processor.artifacts;

import com.mastertrade.metrics.processor.alerts.AlertmanagerConfigWriter;
import com.mastertrade.metrics.processor.alerts.AlertmanagerRouteTestWriter;
import com.mastertrade.metrics.processor.alerts.RuleFileWriter;
import com.mastertrade.metrics.processor.alerts.RuleTestWriter;
import com.mastertrade.metrics.processor.alerts.ScrapeConfigWriter;
import com.mastertrade.metrics.processor.dashboards.GrafanaDashboardWriter;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.docs.MarkdownDocsWriter;
import com.mastertrade.metrics.processor.docs.PromqlExamplesWriter;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.runbooks.RunbookLinks;
import com.mastertrade.metrics.processor.runbooks.RunbookPage;
import com.mastertrade.metrics.processor.runbooks.RunbookPages;
import com.mastertrade.metrics.processor.runbooks.RunbookWriter;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloDashboard;
import com.mastertrade.metrics.processor.slo.SloResolver;
import com.mastertrade.metrics.processor.slo.SloRuleTestWriter;
import com.mastertrade.metrics.processor.slo.SloRuleWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Runs every artifact writer over a validated schema and writes their files through the Filer into
 * the class output, under {@link ArtifactPaths#root}.
 */
public final class ArtifactFiles {
  private final Filer filer;

  public ArtifactFiles(Filer filer) {
    this.filer = filer;
  }

  /** Everything the writers produce for a schema, in a stable order. */
  public static List<GeneratedResource> all(SchemaModel schema, DeclarationsModel declarations) {
    List<GeneratedResource> files = new ArrayList<>();
    files.addAll(new MarkdownDocsWriter(schema, declarations).write());
    files.add(new PromqlExamplesWriter().write(schema, declarations));
    List<ResolvedSlo> slos = new SloResolver(schema).resolve(declarations.slos());
    List<DashboardModel> dashboards = new ArrayList<>(declarations.dashboards());
    if (!slos.isEmpty()) {
      dashboards.add(SloDashboard.of(schema, slos));
    }
    files.addAll(new GrafanaDashboardWriter(schema).write(dashboards));
    RunbookLinks links = new RunbookLinks(declarations.alerting());
    RuleFileWriter rules = new RuleFileWriter(schema, links);
    files.addAll(rules.write(declarations.alertGroups()));
    files.addAll(new RuleTestWriter(schema, rules).write(declarations.alertGroups()));
    List<String> sloRuleFiles = new ArrayList<>();
    if (!slos.isEmpty()) {
      SloRuleWriter sloRules = new SloRuleWriter(links, SloModel.dashboardUid(schema.namespace()));
      files.add(sloRules.write(slos));
      files.add(new SloRuleTestWriter(sloRules).write(slos));
      sloRuleFiles.add(SloRuleWriter.FILE_NAME);
    }
    declarations
        .scrapeConfig()
        .ifPresent(
            config ->
                files.add(
                    new ScrapeConfigWriter()
                        .write(config, declarations.alertGroups(), sloRuleFiles)));
    List<RunbookPage> runbooks =
        new RunbookPages(schema, links, dashboards)
            .of(declarations.alertGroups(), slos, SloModel.dashboardUid(schema.namespace()));
    files.addAll(new RunbookWriter().write(runbooks));
    if (declarations.alerting().isPresent() && declarations.scrapeConfig().isPresent()) {
      AlertingModel alerting = declarations.alerting().get();
      files.add(new AlertmanagerConfigWriter().write(alerting, declarations.scrapeConfig().get()));
      files.add(new AlertmanagerRouteTestWriter().write(alerting, runbooks));
    }
    return files;
  }

  public void write(SchemaModel schema, DeclarationsModel declarations, TypeElement origin) {
    List<GeneratedResource> files = all(schema, declarations);
    StringBuilder manifest = new StringBuilder();
    files.stream()
        .map(GeneratedResource::path)
        .sorted()
        .forEach(p -> manifest.append(p).append('\n'));
    files.add(new GeneratedResource(ArtifactPaths.MANIFEST, manifest.toString()));
    for (GeneratedResource file : files) {
      String path = ArtifactPaths.root(schema) + "/" + file.path();
      try {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
        try (Writer writer = resource.openWriter()) {
          writer.write(file.content());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path, e);
      }
    }
  }
}
