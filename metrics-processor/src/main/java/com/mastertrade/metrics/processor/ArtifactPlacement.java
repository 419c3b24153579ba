package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.conventions.ArtifactManifest;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.Destination;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each of a schema's files goes, decided before any is written, by its kind and the option of
 * that kind: the class output under {@link ArtifactPaths#root}, with the manifest that lists each
 * file there and its kind; a folder; or nowhere.
 *
 * @param classOutput paths relative to the class output, the manifest last
 * @param folderFiles files for folders, with their targets
 * @param summary where each kind went, for {@code -Ametrics.verbose}
 */
record ArtifactPlacement(
    List<GeneratedResource> classOutput, List<FolderFile> folderFiles, String summary) {

  /** A file for a folder chosen by the option of its kind. */
  record FolderFile(Path target, String content, ArtifactKind kind) {}

  static ArtifactPlacement of(
      SchemaModel schema, List<GeneratedResource> files, ProcessorOptions options) {
    String root = ArtifactPaths.root(schema) + "/";
    List<GeneratedResource> classOutput = new ArrayList<>();
    List<ArtifactManifest.Entry> manifest = new ArrayList<>();
    List<FolderFile> folderFiles = new ArrayList<>();
    Map<ArtifactKind, Integer> counts = new EnumMap<>(ArtifactKind.class);
    for (GeneratedResource file : files) {
      ArtifactKind kind = ArtifactKind.of(file.path());
      Destination destination = options.destination(kind);
      if (destination instanceof Destination.ClassOutput) {
        classOutput.add(new GeneratedResource(root + file.path(), file.content()));
        manifest.add(new ArtifactManifest.Entry(kind, file.path()));
      } else if (destination instanceof Destination.Folder folder) {
        Path target = folder.of(schema.namespace()).resolve(kind.pathInFolder(file.path()));
        folderFiles.add(new FolderFile(target, file.content(), kind));
      }
      counts.merge(kind, 1, Integer::sum);
    }
    // The manifest lists the class output only: it is what a build copies out of it.
    classOutput.add(
        new GeneratedResource(
            root + ArtifactManifest.FILE_NAME, ArtifactManifest.format(manifest)));
    return new ArtifactPlacement(classOutput, folderFiles, summary(schema, counts, options));
  }

  private static String summary(
      SchemaModel schema, Map<ArtifactKind, Integer> counts, ProcessorOptions options) {
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
