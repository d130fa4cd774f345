package io.github.parindex.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.cli.Par;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The custom rule is listed in META-INF/services on this module's class path, and nothing else is
 * done: {@code par validate} finds it through {@link java.util.ServiceLoader}.
 */
class CustomRuleThroughCliTest {
  @Test
  void validate_customRuleOnTheClassPath_isPickedUpWithoutAnyOtherChange() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Par.run(new String[] {"validate", "data/custom-rule-methodology.yaml"}, o, e);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, text + err.toString(StandardCharsets.UTF_8));
    assertTrue(text.startsWith("data/custom-rule-methodology.yaml: ok (methodology "
        + "example-custom-rule,"), text);
  }
}
