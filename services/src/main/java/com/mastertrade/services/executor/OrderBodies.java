package com.mastertrade.services.executor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads {@code POST /orders} bodies strictly: an unknown or repeated field, a string where a number
 * belongs (or a number where a string or a side belongs), a side or type that is not one of its
 * values, trailing text or a body that is not JSON is refused with a 400 that names the field and
 * gives the parser's reason, so a misspelt {@code limitPrice} is an error rather than a market
 * order, and {@code {"symbol":"BTCUSDT","symbol":"SOLUSDT"}} is no order at all.
 */
final class OrderBodies {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          // A symbol sent as 7 or true is no symbol; numbers refuse strings through the above.
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private OrderBodies() {}

  static OrderRequest read(byte[] body) {
    OrderRequest request;
    try {
      request = MAPPER.readValue(body, OrderRequest.class);
    } catch (JsonMappingException e) {
      throw new BadRequestResponse("not an order: " + field(e) + e.getOriginalMessage());
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

  /** {@code field 'quantity': } for an error at a field, else nothing. */
  private static String field(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(reference -> reference.getFieldName())
            .filter(name -> name != null)
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "" : "field '" + path + "': ";
  }
}
