package com.mastertrade.services.common;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  record Model(String name, double accuracy, Double drift) {}

  @Test
  void httpAnswersWriteNumbersThatAreNotFiniteAsNull() throws Exception {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("accuracy", Double.NaN);
    model.put("drift", Double.POSITIVE_INFINITY);
    model.put("examples", 12);
    model.put("score", 0.25);
    assertThat(Json.httpMapper().writeValueAsString(model))
        .isEqualTo("{\"accuracy\":null,\"drift\":null,\"examples\":12,\"score\":0.25}");
    assertThat(Json.httpMapper().writeValueAsString(new Model("m", Double.NaN, 0.5)))
        .isEqualTo("{\"name\":\"m\",\"accuracy\":null,\"drift\":0.5}");
  }
}
