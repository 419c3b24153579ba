package com.mastertrade.services.e2e;

import java.net.http.HttpClient;
import java.util.List;

/**
 * What the remote-write senders sent, from their own counters: compressed bytes of samples (the
 * payload a receiver such as Mimir or Thanos Receive bills and stores) and samples.
 */
record RemoteWriteRate(double seconds, double bytes, double samples) {
  record Reading(long at, double bytes, double samples) {}

  static Reading read(HttpClient http, List<String> senders) throws Exception {
    double bytes = 0;
    double samples = 0;
    for (String sender : senders) {
      Exposition own = Exposition.scrape(http, RemoteWriteStackIT.port(sender));
      bytes += own.sum("prometheus_remote_storage_bytes_total");
      samples += own.sum("prometheus_remote_storage_samples_total");
    }
    return new Reading(System.currentTimeMillis(), bytes, samples);
  }

  static RemoteWriteRate between(Reading first, Reading last) {
    return new RemoteWriteRate(
        (last.at() - first.at()) / 1000.0,
        last.bytes() - first.bytes(),
        last.samples() - first.samples());
  }

  double bytesPerSecond() {
    return bytes / seconds;
  }

  double samplesPerSecond() {
    return samples / seconds;
  }

  double bytesPerSample() {
    return bytes / samples;
  }
}
