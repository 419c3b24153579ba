package com.mastertrade.metrics.processor.dashboards;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Panels of mixed sizes land inside the 24 columns and never overlap. */
class GridLayoutTest {
  @Test
  void placesPanelsInRowsWithoutOverlap() {
    GridLayout layout = new GridLayout();
    int[][] sizes = {{16, 4}, {8, 4}, {12, 8}, {12, 6}, {24, 8}, {8, 8}, {8, 10}, {30, 2}};
    List<int[]> placed = new ArrayList<>();
    for (int[] size : sizes) {
      placed.add(layout.place(size[0], size[1]));
    }

    assertThat(placed.get(1)).isEqualTo(new int[] {16, 0, 8, 4});
    assertThat(placed.get(2)).isEqualTo(new int[] {0, 4, 12, 8});
    assertThat(placed.get(4)).isEqualTo(new int[] {0, 12, 24, 8});
    assertThat(placed.get(7)).isEqualTo(new int[] {0, 30, 24, 2});
    for (int i = 0; i < placed.size(); i++) {
      int[] a = placed.get(i);
      assertThat(a[0] + a[2]).isAtMost(GridLayout.COLUMNS);
      for (int j = i + 1; j < placed.size(); j++) {
        assertThat(overlap(a, placed.get(j))).isFalse();
      }
    }
  }

  private static boolean overlap(int[] a, int[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }
}
