package io.github.parindex.projection;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.internal.Documents;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.simulation.SimulationSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the projection formats — improvement options ({@code par-options/1}), peers
 * ({@code par-peers/1}), scenarios ({@code par-scenario/1}) and simulations ({@code par-simulation/1})
 * — with the {@link ReadLimits} of a {@link ParReader}, so that one configuration bounds every file an
 * application reads: {@code ProjectionReader.of(ParReader.withLimits(myLimits))}.
 *
 * <p>Guarantees: immutable and safe to share between threads; each read returns a valid object or
 * throws a {@link ValidationException} listing every problem in the file, each with the file's name
 * and a JSON pointer, in document order; files above the byte limit are refused before they are read;
 * the same UTF-8 policy, limits and refusals (YAML anchors, aliases and tags, duplicate keys, control
 * characters) as the methodology and submission readers. This is the only reader of these formats:
 * {@link ImprovementOptions}, {@link PeerTable}, {@link Scenario} and {@link SimulationSpec} have no
 * static reader with fixed limits.
 */
public final class ProjectionReader {
  private static final ProjectionReader STANDARD = new ProjectionReader(ParReader.standard());

  private final ParReader reader;

  private ProjectionReader(ParReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * The reader with the default limits.
   *
   * @return the reader
   */
  public static ProjectionReader standard() {
    return STANDARD;
  }

  /**
   * A reader with the limits of a {@link ParReader}.
   *
   * @param reader the reader whose limits apply
   * @return the reader
   */
  public static ProjectionReader of(ParReader reader) {
    return new ProjectionReader(reader);
  }

  /**
   * The limits this reader enforces.
   *
   * @return the limits of its {@link ParReader}
   */
  public ReadLimits limits() {
    return reader.limits();
  }

  /**
   * Reads improvement options.
   *
   * @param content the file's bytes (UTF-8, JSON or YAML)
   * @param sourceName the file's name, used to choose the syntax and in problems
   * @return the options
   * @throws ValidationException listing every problem
   */
  public ImprovementOptions options(byte[] content, String sourceName) {
    return Documents.read(reader, content, sourceName, OptionsBinder.binder(sourceName));
  }

  /**
   * Reads an improvement options file.
   *
   * @param file the file
   * @return the options
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem
   */
  public ImprovementOptions options(Path file) throws IOException {
    return options(reader.bytes(file), file.toString());
  }

  /**
   * Reads peers.
   *
   * @param content the file's bytes (UTF-8, JSON or YAML)
   * @param sourceName the file's name, used to choose the syntax and in problems
   * @return the table
   * @throws ValidationException listing every problem
   */
  public PeerTable peers(byte[] content, String sourceName) {
    return Documents.read(reader, content, sourceName, PeersBinder.binder(sourceName));
  }

  /**
   * Reads a peers file.
   *
   * @param file the file
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem
   */
  public PeerTable peers(Path file) throws IOException {
    return peers(reader.bytes(file), file.toString());
  }

  /**
   * Reads a scenario.
   *
   * @param content the file's bytes (UTF-8, JSON or YAML)
   * @param sourceName the file's name, used to choose the syntax and in problems
   * @return the scenario
   * @throws ValidationException listing every problem
   */
  public Scenario scenario(byte[] content, String sourceName) {
    return Documents.read(reader, content, sourceName, ScenarioBinder.binder(sourceName));
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file
   * @return the scenario
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem
   */
  public Scenario scenario(Path file) throws IOException {
    return scenario(reader.bytes(file), file.toString());
  }

  /**
   * Reads a simulation.
   *
   * @param content the file's bytes (UTF-8, JSON or YAML)
   * @param sourceName the file's name, used to choose the syntax and in problems
   * @return the simulation
   * @throws ValidationException listing every problem
   */
  public SimulationSpec simulation(byte[] content, String sourceName) {
    return Documents.read(reader, content, sourceName, SimulationBinder.binder(sourceName));
  }

  /**
   * Reads a simulation file.
   *
   * @param file the file
   * @return the simulation
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem
   */
  public SimulationSpec simulation(Path file) throws IOException {
    return simulation(reader.bytes(file), file.toString());
  }
}
