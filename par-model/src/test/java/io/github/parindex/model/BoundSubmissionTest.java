package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.io.ParReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A submission read from a file (kept as the reader built it, {@link BoundSubmission}) against the
 * same submission built in code: equal both ways, the same hash code and text, the same builder
 * semantics when copied, and as immutable.
 */
class BoundSubmissionTest {
  private static final String FILE = """
      {"format": "par-submission/1", "methodology": "m", "year": 2024,
       "unit": {"id": "u", "name": "Xã A"}, "stage": "APPRAISED",
       "observations": {"1.1": {"rate": 0.50}, "1.2": {"responses": {"A": 3, "B": 0}},
                        "1.3": {"notApplicable": true}, "1.4": {"count": 7}},
       "unitemised": {"2": 1.50},
       "evidence": {"1.1": [{"title": "Báo cáo", "uri": "https://example.org/r"}]},
       "reported": {"1": {"points": 2.5}},
       "unknown": ["3"],
       "leadAgencies": {"1": "Sở Nội vụ"}}
      """;

  private static Submission read() {
    return ParReader.standard().readSubmission(FILE.getBytes(StandardCharsets.UTF_8), "s.json");
  }

  private static Submission built() {
    Map<String, Long> responses = new LinkedHashMap<>();
    responses.put("A", 3L);
    responses.put("B", 0L);
    return Submission.builder().methodology("m").year(2024)
        .unit(Unit.builder().id("u").name("Xã A").build()).stage(Stage.APPRAISED)
        .putObservations("1.1", Observation.rate(new BigDecimal("0.5")))
        .putObservations("1.2", Observation.responses(responses))
        .putObservations("1.3", Observation.notApplicable())
        .putObservations("1.4", Observation.count(7))
        .putUnitemised("2", new BigDecimal("1.5"))
        .putEvidence("1.1", List.of(EvidenceRef.builder().title("Báo cáo")
            .uri("https://example.org/r").build()))
        .putReported("1", Reported.builder().points(new BigDecimal("2.5")).build())
        .addUnknown("3").putLeadAgencies("1", "Sở Nội vụ").build();
  }

  @Test
  void read_sameAsBuilt_equalBothWaysWithTheSameHashAndText() {
    Submission read = read();
    Submission built = built();
    assertEquals(BoundSubmission.class, read.getClass());
    assertNotEquals(BoundSubmission.class, built.getClass());
    assertEquals(built, read);
    assertEquals(read, built);
    assertEquals(built.hashCode(), read.hashCode());
    assertEquals(built.toString(), read.toString());
    assertEquals(List.copyOf(built.observations().keySet()), List.copyOf(read.observations().keySet()));
    assertEquals(new BigDecimal("1.5"), read.unitemised().get("2"));
  }

  @Test
  void read_differentValue_notEqual() {
    Submission other = Submission.builder().from(built())
        .putObservations("1.4", Observation.count(8)).build();
    assertNotEquals(other, read());
    assertNotEquals(read(), other);
  }

  @Test
  void from_read_copiesThenKeepsTheLastOfARepeatedCode() {
    Submission copy = Submission.builder().from(read())
        .putObservations("1.1", Observation.rate(new BigDecimal("0.75")))
        .putObservations("1.5", Observation.yes(true)).build();
    assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5"),
        List.copyOf(copy.observations().keySet()));
    assertEquals(Observation.rate(new BigDecimal("0.75")), copy.observations().get("1.1"));
    Submission replaced = Submission.builder().from(read())
        .observations(Map.of("9", Observation.count(1))).build();
    assertEquals(Map.of("9", Observation.count(1)), replaced.observations());
  }

  @Test
  void read_everyPart_isImmutable() {
    Submission read = read();
    assertThrows(UnsupportedOperationException.class,
        () -> read.observations().put("9", Observation.count(1)));
    assertThrows(UnsupportedOperationException.class, () -> read.observations().remove("1.1"));
    Observation.Responses r = (Observation.Responses) read.observations().get("1.2");
    assertThrows(UnsupportedOperationException.class, () -> r.counts().put("C", 1L));
    assertThrows(UnsupportedOperationException.class, () -> read.unknown().add("4"));
    assertThrows(UnsupportedOperationException.class, () -> read.leadAgencies().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> read.unitemised().put("3", BigDecimal.ONE));
    assertThrows(UnsupportedOperationException.class, () -> read.evidence().remove("1.1"));
    assertThrows(UnsupportedOperationException.class, () -> read.reported().remove("1"));
  }
}
