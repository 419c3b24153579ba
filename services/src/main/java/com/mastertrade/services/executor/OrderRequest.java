package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.services.common.Side;
import com.mastertrade.services.common.Symbols;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The body of {@code POST /orders}: {@code symbol}, {@code side}, {@code quantity}, optionally
 * {@code type} ({@code MARKET}, the default, or {@code LIMIT}) and, for a limit order, {@code
 * limitPrice}. Such orders trade the {@code manual} account: a client does not get to name
 * accounts, which are label values. A limit order is immediate-or-cancel: filled at once at the
 * market price if that is at or better than its limit, else rejected.
 */
record OrderRequest(String symbol, Side side, double quantity, OrderType type, Double limitPrice) {
  /** The smallest quantity that trades; every quantity is a whole number of lots. */
  static final double LOT = 0.00000001;

  /** The largest quantity of one order, far beyond any position limit. */
  static final double MAX_QUANTITY = 1_000_000;

  /** The highest limit price accepted. */
  static final double MAX_PRICE = 1_000_000_000;

  /** A market order, as the strategy's signals place them. */
  OrderRequest(String symbol, Side side, double quantity) {
    this(symbol, side, quantity, OrderType.MARKET, null);
  }

  OrderType orderType() {
    return type == null ? OrderType.MARKET : type;
  }

  /** The limit price, or NaN for a market order. */
  double limit() {
    return limitPrice == null ? Double.NaN : limitPrice;
  }

  /** Why this is not a valid order, or null if it is one: the reason of a 400. */
  String problem() {
    if (symbol == null || side == null) {
      return "symbol and side are required";
    }
    if (!Symbols.isKnown(symbol)) {
      return "unknown symbol: trade one of " + String.join(", ", Symbols.ALL);
    }
    if (!(quantity >= LOT) || quantity > MAX_QUANTITY) {
      return "quantity must be from " + plain(LOT) + " to " + plain(MAX_QUANTITY);
    }
    if (!wholeLots(quantity)) {
      return "quantity must be a whole number of lots of " + plain(LOT);
    }
    if (orderType() == OrderType.MARKET) {
      return limitPrice == null ? null : "limitPrice is only for LIMIT orders";
    }
    if (limitPrice == null || !(limitPrice > 0) || limitPrice > MAX_PRICE) {
      return "a LIMIT order needs a limitPrice above 0 and at most " + plain(MAX_PRICE);
    }
    return null;
  }

  /**
   * Whether {@code quantity} is a whole number of lots, to within the rounding of the binary
   * fraction a client's decimal became ({@code 0.001 + 0.00003} is not exactly {@code 0.00103}).
   */
  private static boolean wholeLots(double quantity) {
    double rounded = BigDecimal.valueOf(quantity).setScale(8, RoundingMode.HALF_EVEN).doubleValue();
    return Math.abs(rounded - quantity) <= quantity * 1e-9;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * A digest of what the order asks for, kept with its idempotency key: a retry must ask for the
   * same order. Taken from the parsed fields, so spacing or field order in the JSON do not matter.
   */
  String fingerprint() {
    String canonical =
        String.format(Locale.ROOT, "%s|%s|%s", symbol, side, Double.toString(quantity));
    if (orderType() == OrderType.LIMIT) {
      canonical += "|LIMIT|" + limitPrice;
    }
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
