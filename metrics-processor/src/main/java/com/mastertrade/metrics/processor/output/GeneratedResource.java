package com.mastertrade.metrics.processor.output;

/**
 * A non-Java file a writer produced, written through the Filer into the class output.
 *
 * @param path relative to {@link ArtifactPaths#root}, with {@code /} separators
 */
public record GeneratedResource(String path, String content) {}
