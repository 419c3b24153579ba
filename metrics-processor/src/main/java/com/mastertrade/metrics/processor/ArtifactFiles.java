package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a schema's files where {@link ArtifactPlacement} put them: through the Filer into the
 * class output, or straight into a folder.
 */
final class ArtifactFiles {
  private final Filer filer;
  private final Messager messager;
  private final ProcessorOptions options;

  ArtifactFiles(Filer filer, Messager messager, ProcessorOptions options) {
    this.filer = filer;
    this.messager = messager;
    this.options = options;
  }

  /**
   * Writes the placed files; a file another processor or schema wrote is an error on the schema.
   *
   * @param schema the schema's qualified name
   * @param origins the schema and the types of its declarations, each an originating element of
   *     every file (a file depends on all of them); diagnostics point at the schema, the first
   * @return whether every file was written
   */
  boolean write(String schema, ArtifactPlacement placement, List<Element> origins) {
    Element origin = origins.get(0);
    for (ArtifactPlacement.FolderFile file : placement.folderFiles()) {
      if (!writeFile(file.target(), file.content(), file.kind(), origin)) {
        return false;
      }
    }
    for (GeneratedResource file : placement.classOutput()) {
      if (!writeResource(file.path(), file.content(), origins)) {
        new DiagnosticPrinter(messager)
            .print(
                Diagnostic.on(origin, Message.GENERATED_FILE_EXISTS, file.path(), schema));
        return false;
      }
    }
    if (options.verbose()) {
      messager.printMessage(Kind.NOTE, placement.summary(), origin);
    }
    return true;
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
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
        return true;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      return true;
    } catch (IOException e) {
      new DiagnosticPrinter(messager)
          .print(
              Diagnostic.on(
                  origin, Message.ARTIFACT_NOT_WRITTEN, target, kind.option(), reason(e)));
      return false;
    }
  }

  /** Why a file could not be written, in words: the user needs the cause, not the exception. */
  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return ((FileSystemException) e).getFile() + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied on " + denied.getFile();
    }
    if (e instanceof FileSystemException failed && failed.getReason() != null) {
      return failed.getFile() + ": " + failed.getReason();
    }
    return e.getMessage() == null ? "an input/output error" : e.getMessage();
  }
}
