package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.alerts.RuleFileWriter;
import com.mastertrade.metrics.processor.alerts.RuleTestWriter;
import com.mastertrade.metrics.processor.dashboards.GrafanaDashboardWriter;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.docs.MarkdownDocsWriter;
import com.mastertrade.metrics.processor.docs.PromqlExamplesWriter;
import com.mastertrade.metrics.processor.kubernetes.KubernetesManifestWriter;
import com.mastertrade.metrics.processor.kubernetes.KubernetesSettings;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.scrape.ScrapeConfigWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Runs every artifact writer over a validated schema and writes their files through the Filer into
 * the class output, under {@link ArtifactPaths#root}.
 */
public final class ArtifactFiles {
  private final Filer filer;
  private final KubernetesSettings kubernetes;

  public ArtifactFiles(Filer filer, KubernetesSettings kubernetes) {
    this.filer = filer;
    this.kubernetes = kubernetes;
  }

  /** Everything the writers produce for a schema, in a stable order. */
  public static List<GeneratedResource> all(
      SchemaModel schema, DeclarationsModel declarations, KubernetesSettings kubernetes) {
    List<GeneratedResource> files = new ArrayList<>();
    files.addAll(new MarkdownDocsWriter(schema, declarations).write());
    files.add(new PromqlExamplesWriter().write(schema, declarations));
    files.addAll(new GrafanaDashboardWriter(schema).write(declarations.dashboards()));
    files.addAll(new RuleFileWriter(schema).write(declarations.alertGroups()));
    files.addAll(new RuleTestWriter(schema).write(declarations.alertGroups()));
    declarations
        .scrapeConfig()
        .ifPresent(
            config ->
                files.add(new ScrapeConfigWriter().write(config, declarations.alertGroups())));
    files.addAll(
        new KubernetesManifestWriter(kubernetes).write(declarations.scrapeConfig(), files));
    return files;
  }

  /** Every file of the schema, the manifest listing them included. */
  public List<GeneratedResource> files(SchemaModel schema, DeclarationsModel declarations) {
    List<GeneratedResource> files = all(schema, declarations, kubernetes);
    StringBuilder manifest = new StringBuilder();
    files.stream()
        .map(GeneratedResource::path)
        .sorted()
        .forEach(p -> manifest.append(p).append('\n'));
    files.add(new GeneratedResource(ArtifactPaths.MANIFEST, manifest.toString()));
    return files;
  }

  /**
   * Writes {@code files} under the schema's artifact root.
   *
   * @throws FilerException if another schema or processor of the compilation wrote one already
   */
  public void write(SchemaModel schema, List<GeneratedResource> files, TypeElement origin)
      throws FilerException {
    for (GeneratedResource file : files) {
      String path = ArtifactPaths.root(schema) + "/" + file.path();
      try {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
        try (Writer writer = resource.openWriter()) {
          writer.write(file.content());
        }
      } catch (FilerException e) {
        throw new FilerException(path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path, e);
      }
    }
  }
}
