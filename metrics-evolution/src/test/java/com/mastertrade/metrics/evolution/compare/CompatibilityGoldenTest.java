package com.mastertrade.metrics.evolution.compare;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mastertrade.metrics.evolution.Golden;
import com.mastertrade.metrics.evolution.report.CompatibilityJsonWriter;
import com.mastertrade.metrics.evolution.report.CompatibilityMarkdownWriter;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small baseline/current snapshot pair per change class under {@code compare/<case>/}, each
 * with its golden Markdown and JSON report.
 */
class CompatibilityGoldenTest {
  private static final Path CASES = Path.of("compare");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(Golden.RESOURCES.resolve(CASES))) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportMatchesGolden(String name) throws IOException {
    CompatibilityReport report = compare(name);
    Golden.assertMatches(
        CASES.resolve(name).resolve("report.md"), CompatibilityMarkdownWriter.write(report));
    Golden.assertMatches(
        CASES.resolve(name).resolve("report.json"), CompatibilityJsonWriter.write(report));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void caseNameSaysWhatItShows(String name) throws IOException {
    CompatibilityReport report = compare(name);
    if (name.equals("no_change") || name.equals("unused_accepted_break")) {
      assertThat(report.changes()).isEmpty();
      return;
    }
    ChangeKind kind = ChangeKind.valueOf(stripVariant(name).toUpperCase(java.util.Locale.ROOT));
    assertWithMessage(name)
        .that(report.changes().stream().map(Change::kind).toList())
        .contains(kind);
    boolean acknowledged =
        name.endsWith("_declared")
            || name.endsWith("_accepted")
            || name.endsWith("_after_deprecation");
    ChangeStatus expected =
        !kind.breaking()
            ? ChangeStatus.COMPATIBLE
            : acknowledged ? ChangeStatus.ACCEPTED : ChangeStatus.BREAKING;
    Change change = report.changes().stream().filter(c -> c.kind() == kind).findFirst().get();
    assertWithMessage(name).that(change.status()).isEqualTo(expected);
    assertWithMessage(name).that(report.passed()).isEqualTo(expected != ChangeStatus.BREAKING);
  }

  @Test
  void everyChangeKindHasACase() throws IOException {
    Set<ChangeKind> shown = EnumSet.noneOf(ChangeKind.class);
    for (String name : cases().toList()) {
      JsonNode json = JSON.readTree(Golden.read(CASES.resolve(name).resolve("report.json")));
      json.get("changes").forEach(c -> shown.add(ChangeKind.valueOf(c.get("kind").asText())));
    }
    assertThat(shown).containsExactlyElementsIn(EnumSet.allOf(ChangeKind.class));
  }

  @Test
  void unusedAcceptedBreakIsListed() throws IOException {
    CompatibilityReport report = compare("unused_accepted_break");
    assertThat(report.unusedAcceptedBreaks()).hasSize(1);
    assertThat(report.unusedAcceptedBreaks().get(0).element()).isEqualTo("shop_legacy_requests");
  }

  private static String stripVariant(String name) {
    for (String suffix : List.of("_declared", "_accepted", "_after_deprecation")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static CompatibilityReport compare(String name) throws IOException {
    SchemaSnapshot baseline =
        SnapshotReader.read(Golden.RESOURCES.resolve(CASES).resolve(name).resolve("baseline.json"));
    SchemaSnapshot current =
        SnapshotReader.read(Golden.RESOURCES.resolve(CASES).resolve(name).resolve("current.json"));
    return SchemaComparator.compare(baseline, current);
  }
}
