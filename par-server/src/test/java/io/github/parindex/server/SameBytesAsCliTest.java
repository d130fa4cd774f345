package io.github.parindex.server;

import static io.github.parindex.server.Fixtures.assertSameBytes;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.ReadLimits;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example request, answered in-process by the endpoints (no HTTP), is the bytes the command
 * line prints for the same files: the server adds no logic of its own between the documents and the
 * library's writers. ServerIT asks the same over a real socket.
 */
class SameBytesAsCliTest {
  private static final Catalogue CATALOGUE = Fixtures.catalogue();
  private static final Scoring SCORING = new Scoring(CATALOGUE, ReadLimits.defaults());
  private static final WhatIfEndpoints WHAT_IF = new WhatIfEndpoints(CATALOGUE, ReadLimits.defaults());

  @TestFactory
  Stream<DynamicTest> everyEndpoint_answersTheCommandLinesBytes() {
    return Fixtures.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () ->
        assertSameBytes(Cli.ok(c.cli().toArray(String[]::new)), answer(c), c.name())));
  }

  /**
   * What an endpoint answers to a case, as the route would call it.
   *
   * @param c the case
   * @return the answer's bytes
   */
  static byte[] answer(Fixtures.Case c) {
    String path = c.path();
    Language language = path.endsWith("?lang=en") ? Language.EN : Language.VI;
    Scoring.Rendering rendering = new Scoring.Rendering(Routes.html(c.accept()), language);
    byte[] body = c.body().bytes();
    return switch (path.replaceFirst("\\?.*", "")) {
      case "/v1/score" -> SCORING.score(body, rendering);
      case "/v1/rank" -> SCORING.rank(body, rendering);
      case "/v1/compare" -> SCORING.compare(body);
      case "/v1/assess" -> SCORING.assess(body, rendering);
      case "/v1/project" -> WHAT_IF.project(body);
      case "/v1/simulate" -> WHAT_IF.simulate(body);
      default -> throw new IllegalArgumentException(path);
    };
  }

  @TestFactory
  Stream<DynamicTest> methodologies_areTheCommandLinesWithTheFolders() {
    return List.of("vi", "en").stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
      String cli = new String(Cli.ok("methodologies", "--format", "json", "--lang", lang),
          java.nio.charset.StandardCharsets.UTF_8);
      String server = new String(SCORING.methodologies(Language.of(lang)),
          java.nio.charset.StandardCharsets.UTF_8);
      // par methodologies lists the bundled ones in {"methodologies": [...]}; the server answers
      // the array, bundled ones first with the same members, then the folder's.
      String bundled = cli.substring(cli.indexOf('[') + 1, cli.lastIndexOf(']')).strip();
      String all = server.substring(server.indexOf('[') + 1, server.lastIndexOf(']')).strip();
      org.junit.jupiter.api.Assertions.assertTrue(all.startsWith(bundled.replace("\n    ",
          "\n  ")), () -> "expected the bundled methodologies first:\n" + bundled + "\nin\n" + all);
      org.junit.jupiter.api.Assertions.assertTrue(all.contains("\"id\": \"golden-commune\""));
    }));
  }
}
