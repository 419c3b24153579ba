package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.processor.output.Destination;
import com.mastertrade.metrics.processor.validation.Message;
import java.util.HashMap;
import java.util.Map;

/**
 * Two kinds of artifact sent to one folder are an error: a file of one could overwrite a file of
 * the other, and the plugin's sync, which deletes a kind's stale files from its folder, would
 * delete the other's. Kinds that share a folder in the class output (the rules and the scrape
 * configuration that loads them by relative path) may share one outside it too.
 */
final class SharedFolders {
  private SharedFolders() {}

  static void check(
      Map<ArtifactKind, Destination> destinations,
      Map<ArtifactKind, String> chosenBy,
      OptionValues values) {
    Map<String, ArtifactKind> first = new HashMap<>();
    for (Map.Entry<ArtifactKind, Destination> entry : destinations.entrySet()) {
      if (!(entry.getValue() instanceof Destination.Folder folder)) {
        continue;
      }
      ArtifactKind kind = entry.getKey();
      ArtifactKind other = first.putIfAbsent(folder.template(), kind);
      if (other != null && !other.folder().equals(kind.folder())) {
        values.error(
            Message.SHARED_FOLDER,
            other,
            kind,
            folder.template(),
            chosenBy.get(other),
            chosenBy.get(kind),
            kind.option(),
            folder.template(),
            kind.folder().substring(kind.folder().lastIndexOf('/') + 1));
      }
    }
  }
}
