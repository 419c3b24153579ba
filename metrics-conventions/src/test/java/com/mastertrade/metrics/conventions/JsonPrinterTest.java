package com.mastertrade.metrics.conventions;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonPrinterTest {
  @Test
  void keysInTheOrderBuiltTwoSpacesAndAFinalNewline() {
    ObjectNode root = JsonPrinter.object();
    root.put("z", "last written first");
    root.putArray("a").add(1).add("x");
    root.putObject("empty");

    assertThat(JsonPrinter.print(root))
        .isEqualTo(
            "{\n"
                + "  \"z\": \"last written first\",\n"
                + "  \"a\": [\n"
                + "    1,\n"
                + "    \"x\"\n"
                + "  ],\n"
                + "  \"empty\": { }\n"
                + "}\n");
  }
}
