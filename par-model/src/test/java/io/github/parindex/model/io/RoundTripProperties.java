package io.github.parindex.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.testing.RandomMethodologies;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Writing and reading random valid methodologies and submissions, in both syntaxes. */
class RoundTripProperties {
  private static final ParReader READER = ParReader.standard();

  @Provide
  Arbitrary<Methodology> methodologies() {
    return RandomMethodologies.arbitrary();
  }

  @Provide
  Arbitrary<Generated> submissions() {
    return RandomSubmissions.withMethodologies();
  }

  private static byte[] write(Methodology m, Syntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParWriter.write(m, syntax, out);
    return out.toByteArray();
  }

  private static byte[] write(Submission s, Syntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParWriter.write(s, syntax, out);
    return out.toByteArray();
  }

  private static String name(Syntax syntax) {
    return syntax == Syntax.JSON ? "generated.json" : "generated.yaml";
  }

  @Property(tries = 200)
  void readMethodology_ofWrittenMethodology_equalsOriginal(
      @ForAll("methodologies") Methodology m, @ForAll Syntax syntax) {
    assertEquals(m, READER.readMethodology(write(m, syntax), name(syntax)));
  }

  @Property(tries = 200)
  void writeMethodology_twice_givesIdenticalBytes(
      @ForAll("methodologies") Methodology m, @ForAll Syntax syntax) {
    assertArrayEquals(write(m, syntax), write(m, syntax));
  }

  @Property(tries = 200)
  void writeMethodology_ofReadBackMethodology_givesTheFirstBytes(
      @ForAll("methodologies") Methodology m, @ForAll Syntax syntax) {
    byte[] first = write(m, syntax);
    byte[] second = write(READER.readMethodology(first, name(syntax)), syntax);
    assertArrayEquals(first, second, () -> new String(first, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Property(tries = 100)
  void readMethodology_ofJsonAndOfYaml_givesEqualObjects(@ForAll("methodologies") Methodology m) {
    assertEquals(READER.readMethodology(write(m, Syntax.JSON), "m.json"),
        READER.readMethodology(write(m, Syntax.YAML), "m.yaml"));
  }

  @Property(tries = 200)
  void readSubmission_ofWrittenSubmission_equalsOriginal(
      @ForAll("submissions") Generated g, @ForAll Syntax syntax) {
    assertEquals(g.submission(), READER.readSubmission(write(g.submission(), syntax), name(syntax)));
  }

  @Property(tries = 200)
  void writeSubmission_twice_givesIdenticalBytes(
      @ForAll("submissions") Generated g, @ForAll Syntax syntax) {
    assertArrayEquals(write(g.submission(), syntax), write(g.submission(), syntax));
  }

  @Property(tries = 200)
  void writeSubmission_ofReadBackSubmission_givesTheFirstBytes(
      @ForAll("submissions") Generated g, @ForAll Syntax syntax) {
    byte[] first = write(g.submission(), syntax);
    assertArrayEquals(first, write(READER.readSubmission(first, name(syntax)), syntax));
  }

  @Property(tries = 200)
  void checkAgainst_generatedSubmission_findsNoProblem(@ForAll("submissions") Generated g) {
    assertEquals(List.of(), g.submission().checkAgainst(g.methodology()));
  }

  @Property(tries = 50)
  void generate_sameSeed_givesEqualObjects(@ForAll @LongRange long seed) {
    assertEquals(RandomSubmissions.generate(new Random(seed)),
        RandomSubmissions.generate(new Random(seed)));
  }
}
