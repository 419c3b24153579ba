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
import com.mastertrade.metrics.processor.output.ArtifactKind;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.Destination;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.scrape.ScrapeConfigWriter;
import com.mastertrade.metrics.processor.snapshot.SchemaSnapshotWriter;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Runs every artifact writer over a validated schema and writes each kind of file where the options
 * send it: through the Filer into the class output, under {@link ArtifactPaths#root} (the default),
 * straight into a folder, or nowhere.
 */
final class ArtifactFiles {
  private final Filer filer;
  private final Messager messager;
  private final ProcessorOptions options;
  private final KubernetesSettings kubernetes;

  ArtifactFiles(
      Filer filer, Messager messager, ProcessorOptions options, KubernetesSettings kubernetes) {
    this.filer = filer;
    this.messager = messager;
    this.options = options;
    this.kubernetes = kubernetes;
  }

  /** Everything the writers produce for a schema, in a stable order. */
  static List<GeneratedResource> all(
      SchemaModel schema,
      DeclarationsModel declarations,
      ResolvedDeclarations resolved,
      KubernetesSettings kubernetes) {
    List<GeneratedResource> files = new ArrayList<>();
    files.addAll(new MarkdownDocsWriter(schema, declarations, resolved).write());
    files.add(new PromqlExamplesWriter().write(schema, declarations, resolved));
    files.addAll(new GrafanaDashboardWriter(schema, resolved).write(declarations.dashboards()));
    files.addAll(new RuleFileWriter(resolved).write(declarations.alertGroups()));
    files.addAll(new RuleTestWriter(resolved).write(declarations.alertGroups()));
    declarations
        .scrapeConfig()
        .ifPresent(
            config ->
                files.add(new ScrapeConfigWriter().write(config, declarations.alertGroups())));
    files.addAll(
        new KubernetesManifestWriter(kubernetes).write(declarations.scrapeConfig(), files));
    files.add(new SchemaSnapshotWriter(schema, resolved).write(declarations));
    return files;
  }

  /** What {@link #write} writes; the manifest of the class output is added there. */
  List<GeneratedResource> files(
      SchemaModel schema, DeclarationsModel declarations, ResolvedDeclarations resolved) {
    return all(schema, declarations, resolved, kubernetes);
  }

  /**
   * Writes {@code files}; a file another processor or schema wrote is an error on the schema.
   *
   * @param origins the schema and the types of its declarations, each an originating element of
   *     every file (a file depends on all of them); diagnostics point at the schema, the first
   */
  void write(SchemaModel schema, List<GeneratedResource> files, List<Element> origins) {
    Element origin = origins.get(0);
    List<GeneratedResource> classOutput = new ArrayList<>();
    Map<ArtifactKind, Integer> counts = new EnumMap<>(ArtifactKind.class);
    for (GeneratedResource file : files) {
      ArtifactKind kind = ArtifactKind.of(file.path());
      Destination destination = options.destination(kind);
      if (destination instanceof Destination.ClassOutput) {
        classOutput.add(file);
      } else if (destination instanceof Destination.Folder folder) {
        Path target = folder.of(schema.namespace()).resolve(kind.pathInFolder(file.path()));
        if (!writeFile(target, file.content(), kind, origin)) {
          return;
        }
      }
      counts.merge(kind, 1, Integer::sum);
    }
    // The manifest lists the class output only: it is what a build copies out of it.
    StringBuilder manifest = new StringBuilder();
    classOutput.stream()
        .map(GeneratedResource::path)
        .sorted()
        .forEach(p -> manifest.append(p).append('\n'));
    classOutput.add(new GeneratedResource(ArtifactPaths.MANIFEST, manifest.toString()));
    for (GeneratedResource file : classOutput) {
      String path = ArtifactPaths.root(schema) + "/" + file.path();
      if (!writeResource(path, file.content(), origins)) {
        new DiagnosticPrinter(messager)
            .print(
                Diagnostic.on(origin, Message.GENERATED_FILE_EXISTS, path, schema.qualifiedName()));
        return;
      }
    }
    if (options.verbose()) {
      messager.printMessage(Kind.NOTE, summary(schema, counts), origin);
    }
  }

  /** Whether the file was written: false if another schema or processor wrote it already. */
  private boolean writeResource(String path, String content, List<Element> origins) {
    try {
      FileObject resource =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(Element[]::new));
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
      return true;
    } catch (FilerException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /**
   * Writes a file into a chosen folder, leaving an identical file untouched so that tools watching
   * the folder see only real changes. Reports a failure on the schema and returns false.
   */
  private boolean writeFile(Path target, String content, ArtifactKind kind, Element origin) {
    try {
      if (Files.isRegularFile(target)
          && Files.readString(target, StandardCharsets.UTF_8).equals(content)) {
        return true;
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, content, StandardCharsets.UTF_8);
      return true;
    } catch (IOException | UncheckedIOException e) {
      new DiagnosticPrinter(messager)
          .print(
              Diagnostic.on(
                  origin, Message.ARTIFACT_NOT_WRITTEN, target, kind.option(), e.toString()));
      return false;
    }
  }

  private String summary(SchemaModel schema, Map<ArtifactKind, Integer> counts) {
    StringBuilder text = new StringBuilder("metrics schema " + schema.namespace() + ":");
    for (ArtifactKind kind : ArtifactKind.values()) {
      Destination destination = options.destination(kind);
      int count = counts.getOrDefault(kind, 0);
      text.append(' ').append(kind).append(" (").append(count);
      text.append(count == 1 ? " file) " : " files) ");
      if (destination instanceof Destination.Folder folder) {
        text.append("in ").append(folder.of(schema.namespace()));
      } else if (destination instanceof Destination.ClassOutput) {
        text.append("in the class output under ").append(ArtifactPaths.root(schema));
      } else {
        text.append("not written");
      }
      text.append(';');
    }
    text.setLength(text.length() - 1);
    return text.toString();
  }
}
