package com.mastertrade.services.executor;

import com.mastertrade.services.common.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to an order: its HTTP status and JSON body, as sent to the client and kept with its
 * idempotency key. {@code replayed} is true when it is the stored answer to an earlier request.
 */
record Answer(int status, String body, boolean replayed) {
  static final int CREATED = 201;
  static final int UNPROCESSABLE = 422;

  static Answer of(int status, Map<String, Object> body) {
    // Sorted, so the same answer is the same bytes.
    return new Answer(
        status, new String(Json.write(new TreeMap<>(body)), StandardCharsets.UTF_8), false);
  }

  static Answer rejected(String reason) {
    return of(UNPROCESSABLE, Map.of("rejected", reason));
  }

  Answer asReplay() {
    return new Answer(status, body, true);
  }

  boolean placed() {
    return status == CREATED;
  }
}
