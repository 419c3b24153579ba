package com.mastertrade.metrics.processor.resolved;

import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import java.util.Map;
import java.util.Optional;

/**
 * Where an Alertmanager configuration sends: the receiving job's webhook, and the addresses that
 * replace declared receivers' {@code url} or {@code smarthost}. The stack's configuration sends
 * where the schema says ({@link #DECLARED}); the Kubernetes Secret's where a cluster reaches.
 *
 * @param webhookUrl the receiving job's webhook; empty for the one its scrape target gives
 * @param urls the {@code url} of declared receivers, by receiver name
 * @param smarthosts the {@code smarthost} of declared e-mail receivers, by receiver name
 */
public record ReceiverAddresses(
    Optional<String> webhookUrl, Map<String, String> urls, Map<String, String> smarthosts) {

  /** The addresses the schema declares. */
  public static final ReceiverAddresses DECLARED =
      new ReceiverAddresses(Optional.empty(), Map.of(), Map.of());

  public ReceiverAddresses {
    urls = Map.copyOf(urls);
    smarthosts = Map.copyOf(smarthosts);
  }

  /** The receiver with its addresses replaced where these give one. */
  public ReceiverModel apply(ReceiverModel receiver) {
    return new ReceiverModel(
        receiver.name(),
        receiver.kind(),
        receiver.secretFile(),
        urls.getOrDefault(receiver.name(), receiver.url()),
        receiver.channel(),
        receiver.to(),
        receiver.from(),
        smarthosts.getOrDefault(receiver.name(), receiver.smarthost()),
        receiver.username(),
        receiver.origin());
  }
}
