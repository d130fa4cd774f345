package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exceptions are Serializable: a ValidationException keeps its problems through serialization. */
class ValidationExceptionSerializationTest {
  @Test
  void serialize_thenDeserialize_keepsEveryProblemInOrder() throws Exception {
    List<Problem> problems = List.of(
        new Problem("m.yaml", "/nodes/0/maxPoints", "expected a number"),
        new Problem("m.yaml", "", "expected an object"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ValidationException(problems));
    }
    ValidationException read;
    ByteArrayInputStream serialized = new ByteArrayInputStream(bytes.toByteArray());
    try (ObjectInputStream in = new ObjectInputStream(serialized)) {
      read = (ValidationException) in.readObject();
    }
    assertEquals(problems, read.problems());
  }
}
