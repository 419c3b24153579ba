package com.mastertrade.metrics.maven;

import com.mastertrade.metrics.conventions.ArtifactKind;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each kind of artifact is kept in the project: its own folder if configured, else its
 * class-output folder under the root directory ({@code dashboards/} under the project); and which
 * files there are not the processor's ({@code excludes}, globs relative to the root).
 */
final class ArtifactFolders {
  private final Path root;
  private final Map<ArtifactKind, Path> folders = new EnumMap<>(ArtifactKind.class);
  private final Set<ArtifactKind> kinds;
  private final List<PathMatcher> excludes = new ArrayList<>();

  ArtifactFolders(
      Path root,
      Map<ArtifactKind, Path> overrides,
      Set<ArtifactKind> kinds,
      List<String> excludes) {
    this.root = root.toAbsolutePath().normalize();
    for (ArtifactKind kind : ArtifactKind.values()) {
      Path folder = overrides.get(kind);
      folders.put(
          kind,
          folder == null ? this.root.resolve(kind.folder()) : folder.toAbsolutePath().normalize());
    }
    this.kinds = Set.copyOf(kinds);
    for (String glob : excludes) {
      this.excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
  }

  /** The kinds this project keeps. */
  Set<ArtifactKind> kinds() {
    return kinds;
  }

  Path folder(ArtifactKind kind) {
    return folders.get(kind);
  }

  /** Where a manifest entry of a kept kind lives in the project. */
  Path target(ArtifactKind kind, String path) {
    return folders.get(kind).resolve(kind.pathInFolder(path));
  }

  /** Whether a file in a kind's folder is left alone: excluded, or not of the kind's names. */
  boolean ignores(ArtifactKind kind, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.startsWith(root)) {
      Path relative = root.relativize(absolute);
      for (PathMatcher exclude : excludes) {
        if (exclude.matches(relative)) {
          return true;
        }
      }
    }
    return !kind.owns(absolute.getFileName().toString());
  }

  /** A path for messages: relative to the root when inside it. */
  String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
