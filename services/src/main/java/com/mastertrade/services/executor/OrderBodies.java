package com.mastertrade.services.executor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;

/**
 * Reads {@code POST /orders} bodies strictly: an unknown field, a string where a number belongs, a
 * side or type that is not one of its values, trailing text or a body that is not JSON is refused
 * with the parser's own reason, so a misspelt {@code limitPrice} is an error rather than a market
 * order.
 */
final class OrderBodies {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private OrderBodies() {}

  static OrderRequest read(byte[] body) {
    OrderRequest request;
    try {
      request = MAPPER.readValue(body, OrderRequest.class);
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("not an order: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadRequestResponse("unreadable body: " + e.getMessage());
    }
    if (request == null) {
      throw new BadRequestResponse("the body must be a JSON order object");
    }
    return request;
  }
}
