package com.mastertrade.services.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapper of a service, for RabbitMQ message bodies and HTTP payloads. A decimal number
 * is read as the digits written, never through a {@code double}, wherever it lands: a {@code
 * BigDecimal} field, or a value Jackson buffers first.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private Json() {}

  /**
   * The mapper of the services' HTTP answers: like the message mapper, but a number that is not
   * finite (an accuracy before anything was scored, a win rate before the first close) is written
   * as {@code null}, never as the string {@code "NaN"} that JSON clients cannot read as a number.
   */
  public static ObjectMapper httpMapper() {
    StdSerializer<Double> finiteOrNull =
        new StdSerializer<>(Double.class) {
          @Override
          public void serialize(Double value, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            if (Double.isFinite(value)) {
              out.writeNumber(value);
            } else {
              out.writeNull();
            }
          }
        };
    // Javalin's own mapper (with the optional modules it finds), plus the rule above.
    return JavalinJackson.defaultMapper()
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .registerModule(
            new SimpleModule("finite-or-null")
                .addSerializer(Double.class, finiteOrNull)
                .addSerializer(Double.TYPE, finiteOrNull));
  }

  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(byte[] body, Class<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
