package com.mastertrade.metrics.maven;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Copies the artifacts the metrics processor generated into the project's folders and removes those
 * it no longer generates, so that the folders hold exactly the processor's output.
 */
@Mojo(name = "sync", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class SyncMojo extends AbstractArtifactsMojo {
  @Override
  void run(ArtifactSync sync) throws IOException {
    List<String> changes = sync.sync();
    changes.forEach(change -> getLog().info(change));
    getLog()
        .info(
            changes.isEmpty()
                ? "Artifacts up to date"
                : changes.size() + " artifact files changed");
  }
}
