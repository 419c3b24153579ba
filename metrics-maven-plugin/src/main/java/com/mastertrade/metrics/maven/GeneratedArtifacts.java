package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.conventions.ArtifactManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the processor wrote for one schema into the class output: {@code metrics/<namespace>/} and
 * its manifest, each file with its kind ({@link ArtifactManifest}). The manifest, not the folder,
 * says what is current: the compiler never deletes, so an incremental build may leave older files
 * beside it.
 */
record GeneratedArtifacts(Path directory, List<ArtifactManifest.Entry> entries) {
  static final String MANIFEST = ArtifactManifest.FILE_NAME;

  /**
   * Reads the manifest of {@code namespace}, or of the only schema under {@code root} when the
   * namespace is not given.
   */
  static GeneratedArtifacts read(Path root, String namespace) throws IOException {
    Path directory =
        namespace == null || namespace.isBlank() ? only(root) : root.resolve(namespace);
    Path manifest = directory.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new IOException(
          "no "
              + manifest
              + ": did the metrics processor run on the schema? Put metrics-processor on the"
              + " compiler's annotationProcessorPaths and compile before this goal");
    }
    try {
      return new GeneratedArtifacts(
          directory, ArtifactManifest.parse(Files.readAllLines(manifest, StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      throw new IOException(manifest + ": " + e.getMessage(), e);
    }
  }

  private static Path only(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException(
          "no "
              + root
              + ": did the metrics processor run? Put metrics-processor on the compiler's"
              + " annotationProcessorPaths and compile before this goal");
    }
    try (Stream<Path> children = Files.list(root)) {
      List<Path> schemas =
          children.filter(child -> Files.isRegularFile(child.resolve(MANIFEST))).sorted().toList();
      if (schemas.size() != 1) {
        throw new IOException(
            schemas.size()
                + " schemas in "
                + root
                + " "
                + schemas.stream().map(p -> p.getFileName().toString()).toList()
                + ": set <namespace> to the one to sync");
      }
      return schemas.get(0);
    }
  }

  Path file(String path) {
    return directory.resolve(path);
  }
}
