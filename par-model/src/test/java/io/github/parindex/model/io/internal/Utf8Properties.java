package io.github.parindex.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Utf8#firstBadByte} against the JDK's strict UTF-8 decoder, which refuses overlong forms,
 * surrogates and code points beyond U+10FFFF: on random bytes, mostly ASCII with runs of the bytes
 * that start and continue sequences, at every alignment of the eight-byte fast path.
 */
class Utf8Properties {
  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> any = Arbitraries.bytes();
    Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
    Arbitrary<Byte> special = Arbitraries.of((byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0,
        (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0x80, (byte) 0x8F,
        (byte) 0x90, (byte) 0x9F, (byte) 0xA0, (byte) 0xBF);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, ascii), net.jqwik.api.Tuple.of(3,
        special), net.jqwik.api.Tuple.of(1, any)).array(byte[].class).ofMaxSize(40);
  }

  @Property(tries = 20000)
  void firstBadByte_agreesWithTheJdksStrictDecoder(@ForAll("bytes") byte[] bytes) {
    boolean valid;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      valid = true;
    } catch (CharacterCodingException e) {
      valid = false;
    }
    assertEquals(valid, Utf8.firstBadByte(bytes) < 0);
  }
}
