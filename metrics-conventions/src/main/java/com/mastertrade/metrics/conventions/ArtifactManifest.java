package com.mastertrade.metrics.conventions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code artifacts.txt}: every file the processor wrote for one schema into the class output, one a
 * line, its kind, a tab and its path under {@code metrics/<namespace>/}. The Filer never deletes,
 * so a file of a dashboard since removed may linger in an incremental build's class output: readers
 * trust this list, not the folder, and take each file's kind from it.
 */
public final class ArtifactManifest {
  /** The manifest's name, under {@code metrics/<namespace>/} of the class output. */
  public static final String FILE_NAME = "artifacts.txt";

  /** One generated file. */
  public record Entry(ArtifactKind kind, String path) {}

  private ArtifactManifest() {}

  /** The manifest's text: the entries sorted by path, so that it is the same for the same files. */
  public static String format(List<Entry> entries) {
    StringBuilder text = new StringBuilder();
    entries.stream()
        .sorted(Comparator.comparing(Entry::path))
        .forEach(e -> text.append(e.kind().parameter()).append('\t').append(e.path()).append('\n'));
    return text.toString();
  }

  /**
   * The entries of a manifest's lines; blank lines are skipped.
   *
   * @throws IllegalArgumentException naming a line that is not {@code kind<TAB>path} of a known
   *     kind, e.g. one of a processor older than the reader
   */
  public static List<Entry> parse(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException(
            "'" + line + "' is not kind<TAB>path: rebuild with the processor of the same release");
      }
      entries.add(new Entry(ArtifactKind.named(line.substring(0, tab)), line.substring(tab + 1)));
    }
    return List.copyOf(entries);
  }
}
