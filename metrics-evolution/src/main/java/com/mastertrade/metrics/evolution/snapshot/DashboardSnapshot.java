package com.mastertrade.metrics.evolution.snapshot;

import java.util.List;

/** A dashboard and its panels; each panel is a {@link UsageSnapshot} named by its title. */
public record DashboardSnapshot(String uid, String title, List<UsageSnapshot> panels) {
  public DashboardSnapshot {
    panels = List.copyOf(panels);
  }
}
