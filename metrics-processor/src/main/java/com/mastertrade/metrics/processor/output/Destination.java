package com.mastertrade.metrics.processor.output;

import java.nio.file.Path;

/**
 * Where one kind of artifact goes: into the class output (so into the jar, where the build tool can
 * copy it from), straight into a folder, or nowhere.
 */
public sealed interface Destination {
  /** The class output, under {@code metrics/<namespace>/}; listed in the manifest. */
  record ClassOutput() implements Destination {}

  /**
   * A folder, written directly; {@code {namespace}} in it stands for the schema's namespace, so
   * that several schemas can share one option value.
   */
  record Folder(String template) implements Destination {
    public Path of(String namespace) {
      return Path.of(template.replace("{namespace}", namespace));
    }
  }

  /** Not written at all. */
  record Off() implements Destination {}
}
