package com.mastertrade.metrics.processor.resolved;

import com.mastertrade.metrics.processor.output.GeneratedResource;
import java.util.List;

/**
 * One kind of artifact, rendered from a resolved schema. Writers only render: where a file goes is
 * decided after all of them ran, and nothing a writer reads can fail validation any more.
 */
public interface ArtifactWriter {
  /** The files of this kind, paths relative to the artifact root; none when nothing is declared. */
  List<GeneratedResource> write(ResolvedSchema schema);
}
