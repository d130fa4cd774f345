package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The hand-written /openapi.json describes exactly the routes of the code, and is sound: every
 * reference resolves, every /v1 operation documents its errors, and the example requests conform to
 * its request schemas (OpenApiIT checks real answers against the answer schemas).
 */
class OpenApiDocumentTest {
  private final OpenApi api = OpenApi.load();

  @Test
  void operations_areExactlyTheRoutesOfTheCode() {
    TreeSet<String> routes = new TreeSet<>();
    for (Method m : Routes.class.getDeclaredMethods()) {
      GetMapping get = m.getAnnotation(GetMapping.class);
      if (get != null) {
        routes.add("get " + get.value()[0]);
      }
      PostMapping post = m.getAnnotation(PostMapping.class);
      if (post != null) {
        routes.add("post " + post.path()[0]);
      }
    }
    routes.add("get /metrics"); // Actuator's Prometheus endpoint, mapped in spring.properties
    TreeSet<String> documented = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> p = api.doc().get("paths").fields(); p.hasNext();) {
      Map.Entry<String, JsonNode> path = p.next();
      path.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " "
          + path.getKey()));
    }
    assertEquals(routes, documented);
  }

  @Test
  void references_allResolve() {
    List<String> unresolved = new ArrayList<>();
    refs(api.doc(), unresolved);
    assertEquals(List.of(), unresolved);
  }

  private void refs(JsonNode node, List<String> unresolved) {
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/") || api.doc().at(ref.substring(1)).isMissingNode()) {
        unresolved.add(ref);
      }
    }
    node.elements().forEachRemaining(child -> refs(child, unresolved));
  }

  @Test
  void postOperations_documentEveryErrorStatusOfTheContract() {
    for (Iterator<Map.Entry<String, JsonNode>> p = api.doc().get("paths").fields(); p.hasNext();) {
      Map.Entry<String, JsonNode> path = p.next();
      JsonNode post = path.getValue().get("post");
      if (post == null) {
        continue;
      }
      for (String status : List.of("200", "400", "401", "404", "413", "415", "500", "503")) {
        assertTrue(post.get("responses").has(status), path.getKey() + " " + status);
      }
    }
  }

  @Test
  void exampleRequests_conformToTheRequestSchemas() {
    for (Fixtures.Case c : Fixtures.cases()) {
      String path = c.path().replaceFirst("\\?.*", "");
      assertEquals(List.of(), api.validate(api.requestSchema(path), c.body().bytes()), c.name());
    }
    assertEquals(List.of(), api.validate(api.requestSchema("/v1/validate"), Body.of()
        .id("methodology", "golden-commune").bytes()));
    assertTrue(!api.validate(api.requestSchema("/v1/score"), Body.of().id("methodology", "x")
        .raw("extra", "1").bytes()).isEmpty(), "the schemas can fail");
  }
}
