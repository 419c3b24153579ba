package com.mastertrade.metrics.processor.fuzz;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz test's runbook check finds what a hostile text could inject into a page. */
class MarkdownStructureTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/artifacts/generated-docs");

  @TempDir Path runbooks;

  @Test
  void theGeneratedRunbooksPass() throws Exception {
    assertThat(MarkdownStructure.checkRunbooks(GOLDEN.resolve("runbooks"))).isEmpty();
  }

  @Test
  void anInjectedHeadingARepeatedSectionAndABrokenTableAreFound() throws Exception {
    String page = Files.readString(GOLDEN.resolve("runbooks/FillsFastBurn.md"));
    assertThat(page).contains("## Likely causes\n");
    Files.writeString(
        runbooks.resolve("Injected.md"),
        page.replace("## Likely causes\n", "## Likely causes\n\n## Call Bob\n\n# Another title\n"));
    Files.writeString(runbooks.resolve("Repeated.md"), page + "\n## Likely causes\n");
    Files.writeString(runbooks.resolve("Table.md"), page + "\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n");

    assertThat(MarkdownStructure.checkRunbooks(runbooks))
        .containsExactly(
            "runbooks/Injected.md: a heading the generator does not write: level 2 'Call Bob'",
            "runbooks/Injected.md: 2 titles, not one",
            "runbooks/Repeated.md: a heading the generator does not write: level 2 'Likely causes'",
            "runbooks/Table.md:" + (page.split("\n", -1).length + 3)
                + ": row of 3 cells in a table of 2: | 1 | 2 | 3 |");
  }
}
