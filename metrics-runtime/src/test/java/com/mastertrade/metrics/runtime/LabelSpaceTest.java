package com.mastertrade.metrics.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LabelSpaceTest {
  private final LabelSpace space =
      LabelSpace.of(
          LabelDomain.of("buy", "sell"),
          LabelDomain.of("false", "true"),
          LabelDomain.of("a", "b", "c"));

  @Test
  void slotsAreRowMajorAsGeneratedCodeComputesThem() {
    assertThat(space.size()).isEqualTo(12);
    // (sell=1, true=1, c=2) -> (1 * 2 + 1) * 3 + 2 = 11
    assertThat(space.valuesAt(11)).asList().containsExactly("sell", "true", "c").inOrder();
    assertThat(space.valuesAt(0)).asList().containsExactly("buy", "false", "a").inOrder();
    assertThat(space.valuesAt(5)).asList().containsExactly("buy", "true", "c").inOrder();
  }

  @Test
  void resolveAllVisitsEverySlotOnce() {
    String[] joined = space.resolveAll(String[]::new, values -> String.join("/", values));
    assertThat(joined).hasLength(12);
    assertThat(Arrays.stream(joined).distinct().count()).isEqualTo(12);
    assertThat(joined[7]).isEqualTo("sell/false/b");
  }

  @Test
  void lazyRecordersResolveEachSlotOnceOnFirstUse() {
    int[] resolutions = {0};
    LazyRecorders<String> lazy =
        new LazyRecorders<>(
            space,
            values -> {
              resolutions[0]++;
              return String.join("/", values);
            });
    assertThat(resolutions[0]).isEqualTo(0);
    assertThat(lazy.get(11)).isEqualTo("sell/true/c");
    assertThat(lazy.get(11)).isSameInstanceAs(lazy.get(11));
    assertThat(resolutions[0]).isEqualTo(1);
  }
}
