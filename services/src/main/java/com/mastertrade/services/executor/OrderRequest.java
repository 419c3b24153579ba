package com.mastertrade.services.executor;

import com.mastertrade.services.common.Side;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The body of {@code POST /orders}. Such orders trade the {@code manual} account: a client does not
 * get to name accounts, which are label values.
 */
record OrderRequest(String symbol, Side side, double quantity) {
  /**
   * A digest of what the order asks for, kept with its idempotency key: a retry must ask for the
   * same order. Taken from the parsed fields, so spacing or field order in the JSON do not matter.
   */
  String fingerprint() {
    String canonical =
        String.format(Locale.ROOT, "%s|%s|%s", symbol, side, Double.toString(quantity));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
