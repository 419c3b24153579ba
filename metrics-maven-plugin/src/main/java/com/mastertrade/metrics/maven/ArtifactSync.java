package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.conventions.ArtifactManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the project's copies of the generated artifacts with the processor's output, and makes
 * them equal: every file of the manifest with the same bytes, and no other file of a kept kind in
 * its folder.
 */
final class ArtifactSync {
  private final GeneratedArtifacts generated;
  private final ArtifactFolders folders;

  ArtifactSync(GeneratedArtifacts generated, ArtifactFolders folders) {
    this.generated = generated;
    this.folders = folders;
  }

  /**
   * Each stale file with why: {@code (missing)}, {@code (differs)}, {@code (no longer generated)}.
   */
  List<String> stale() throws IOException {
    List<String> stale = new ArrayList<>();
    Map<Path, String> expected = expected();
    for (Map.Entry<Path, String> entry : expected.entrySet()) {
      Path copy = entry.getKey();
      if (!Files.isRegularFile(copy)) {
        stale.add(folders.display(copy) + " (missing)");
      } else if (!Arrays.equals(
          Files.readAllBytes(copy), Files.readAllBytes(generated.file(entry.getValue())))) {
        stale.add(folders.display(copy) + " (differs)");
      }
    }
    for (Path extra : extra(expected.keySet())) {
      stale.add(folders.display(extra) + " (no longer generated)");
    }
    return stale;
  }

  /**
   * Copies what differs or is missing, deletes what is no longer generated; returns the changes.
   */
  List<String> sync() throws IOException {
    List<String> changes = new ArrayList<>();
    Map<Path, String> expected = expected();
    for (Path extra : extra(expected.keySet())) {
      Files.delete(extra);
      changes.add("deleted " + folders.display(extra));
    }
    for (Map.Entry<Path, String> entry : expected.entrySet()) {
      Path copy = entry.getKey();
      Path source = generated.file(entry.getValue());
      if (!Files.isRegularFile(copy)
          || !Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(source))) {
        Files.createDirectories(copy.getParent());
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        changes.add("wrote " + folders.display(copy));
      }
    }
    return changes;
  }

  /** Project copy to manifest entry, for every entry of a kept kind, in manifest order. */
  private Map<Path, String> expected() throws IOException {
    Map<Path, String> expected = new LinkedHashMap<>();
    for (ArtifactManifest.Entry entry : generated.entries()) {
      ArtifactKind kind = entry.kind();
      String path = entry.path();
      if (folders.kinds().contains(kind)) {
        if (!Files.isRegularFile(generated.file(path))) {
          throw new IOException(
              "the manifest lists " + path + ", which is not in " + generated.directory());
        }
        expected.put(folders.target(kind, path), path);
      }
    }
    return expected;
  }

  /** Files of the kept kinds in their folders that the manifest does not list. */
  private Set<Path> extra(Set<Path> expected) throws IOException {
    Set<Path> extra = new TreeSet<>();
    for (ArtifactKind kind : folders.kinds()) {
      Path folder = folders.folder(kind);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        files
            .filter(Files::isRegularFile)
            .map(file -> file.toAbsolutePath().normalize())
            .filter(file -> !expected.contains(file))
            .filter(file -> !folders.ignores(kind, file))
            .forEach(extra::add);
      }
    }
    return extra;
  }
}
