package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.processor.model.Origin;

/**
 * A person's or a team's channel declared with {@code @Receiver}; the attributes a kind does not
 * use are empty.
 *
 * @param secretFile the file Alertmanager reads the secret from, empty for none
 */
public record ReceiverModel(
    String name,
    ReceiverKind kind,
    String secretFile,
    String url,
    String channel,
    String to,
    String from,
    String smarthost,
    String username,
    Origin origin) {}
