package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.services.common.Symbols;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body of {@code POST /orders}: {@code symbol}, {@code side}, {@code quantity}, optionally
 * {@code type} ({@code MARKET}, the default, or {@code LIMIT}) and, for a limit order, {@code
 * limitPrice}. Such orders trade the {@code manual} account: a client does not get to name
 * accounts, which are label values. A limit order is immediate-or-cancel: filled at once at the
 * market price if that is at or better than its limit, else rejected. Quantities and prices are
 * exact decimals, read from the JSON number as written.
 */
record OrderRequest(
    String symbol, Side side, BigDecimal quantity, OrderType type, BigDecimal limitPrice) {
  /** The decimals of a lot: the smallest quantity that trades is 1e-8. */
  static final int LOT_SCALE = 8;

  static final BigDecimal LOT = BigDecimal.ONE.movePointLeft(LOT_SCALE);

  /** How far, relative to a quantity, binary rounding may have moved it from whole lots. */
  private static final BigDecimal ROUNDING = new BigDecimal("1e-9");

  /** The largest quantity of one order, far beyond any position limit. */
  static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000);

  /** The highest limit price accepted. */
  static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000_000);

  /**
   * A quantity within binary rounding of a whole number of lots is that number of lots: a client
   * that computes {@code 0.001 + 0.00003} in floating point sends {@code 0.0010300000000000001}.
   */
  OrderRequest {
    if (quantity != null && quantity.scale() > LOT_SCALE) {
      BigDecimal lots = quantity.setScale(LOT_SCALE, RoundingMode.HALF_EVEN);
      if (lots.subtract(quantity).abs().compareTo(quantity.abs().multiply(ROUNDING)) <= 0) {
        quantity = lots;
      }
    }
  }

  /** A market order, as the strategy's signals place them. */
  OrderRequest(String symbol, Side side, BigDecimal quantity) {
    this(symbol, side, quantity, OrderType.MARKET, null);
  }

  OrderType orderType() {
    return type == null ? OrderType.MARKET : type;
  }

  /** Why this is not a valid order, or null if it is one: the reason of a 400. */
  String problem() {
    if (symbol == null || side == null || quantity == null) {
      return "symbol, side and quantity are required";
    }
    if (!Symbols.isKnown(symbol)) {
      return "unknown symbol: trade one of " + String.join(", ", Symbols.ALL);
    }
    if (quantity.compareTo(LOT) < 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
      return "quantity must be from " + LOT.toPlainString() + " to " + MAX_QUANTITY;
    }
    if (quantity.stripTrailingZeros().scale() > LOT_SCALE) {
      return "quantity must be a whole number of lots of " + LOT.toPlainString();
    }
    if (orderType() == OrderType.MARKET) {
      return limitPrice == null ? null : "limitPrice is only for LIMIT orders";
    }
    if (limitPrice == null || limitPrice.signum() <= 0 || limitPrice.compareTo(MAX_PRICE) > 0) {
      return "a LIMIT order needs a limitPrice above 0 and at most " + MAX_PRICE;
    }
    return null;
  }

  /**
   * A digest of what the order asks for, kept with its idempotency key: a retry must ask for the
   * same order. Taken from the parsed values, so spacing, field order or how a number is written
   * ({@code 0.5}, {@code 0.50}, {@code 5e-1}) do not matter.
   */
  String fingerprint() {
    String canonical = symbol + "|" + side + "|" + plain(quantity);
    if (orderType() == OrderType.LIMIT) {
      canonical += "|LIMIT|" + plain(limitPrice);
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

  private static String plain(BigDecimal value) {
    return value == null ? "null" : value.stripTrailingZeros().toPlainString();
  }
}
