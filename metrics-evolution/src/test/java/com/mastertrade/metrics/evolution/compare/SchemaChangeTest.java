package com.mastertrade.metrics.evolution.compare;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.annotations.SchemaChange;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code @AcceptedBreak(change = ...)} names exactly the breaking change kinds, in their order. */
class SchemaChangeTest {
  @Test
  void annotationEnumListsEveryBreakingKind() {
    assertThat(Arrays.stream(SchemaChange.values()).map(Enum::name).toList())
        .containsExactlyElementsIn(
            Arrays.stream(ChangeKind.values())
                .filter(ChangeKind::breaking)
                .map(Enum::name)
                .toList())
        .inOrder();
  }
}
