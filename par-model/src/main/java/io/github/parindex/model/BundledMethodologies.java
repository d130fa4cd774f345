package io.github.parindex.model;

import io.github.parindex.model.io.ParReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The methodologies shipped with par, in the public file format, listed and loaded by id.
 *
 * <p>Bundled methodologies may be incomplete — the official annexes are not always obtainable — and say
 * so in data: check {@link Methodology#completeness()} before trusting a total. Each node carries its
 * {@link Provenance}.
 *
 * <p>Guarantees: thread-safe; each methodology is read and validated once, on first use.
 */
public final class BundledMethodologies {
  private static final String ROOT = "/io/github/parindex/model/methodologies/";

  private BundledMethodologies() {}

  /** Loaded on first use; the class holder idiom makes this thread-safe. */
  private static final class Holder {
    static final Map<String, Methodology> ALL = loadAll();
  }

  /**
   * The ids of the bundled methodologies, in a stable order.
   *
   * @return the ids
   */
  public static List<String> ids() {
    return List.copyOf(Holder.ALL.keySet());
  }

  /**
   * Every bundled methodology.
   *
   * @return the methodologies, in the order of {@link #ids()}
   */
  public static List<Methodology> all() {
    return List.copyOf(Holder.ALL.values());
  }

  /**
   * A bundled methodology by id.
   *
   * @param id the id, e.g. {@code vn-par-province-876}
   * @return the methodology, if bundled
   */
  public static Optional<Methodology> find(String id) {
    return Optional.ofNullable(Holder.ALL.get(id));
  }

  /**
   * A bundled methodology by id, or fails naming the bundled ids.
   *
   * @param id the id
   * @return the methodology
   * @throws NoSuchElementException if no methodology has that id
   */
  public static Methodology load(String id) {
    Methodology m = Holder.ALL.get(id);
    if (m == null) {
      throw new NoSuchElementException("no bundled methodology '" + id + "'; bundled: "
          + String.join(", ", Holder.ALL.keySet()));
    }
    return m;
  }

  private static Map<String, Methodology> loadAll() {
    Map<String, Methodology> all = new LinkedHashMap<>();
    for (String id : index()) {
      String name = id + ".yaml";
      try (InputStream in = resource(name)) {
        Methodology m = ParReader.standard().readMethodology(in, name);
        if (!m.id().equals(id)) {
          throw new IllegalStateException("bundled " + name + " declares id " + m.id());
        }
        all.put(id, m);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled " + name, e);
      }
    }
    return Collections.unmodifiableMap(all);
  }

  private static List<String> index() {
    try (InputStream in = resource("index.txt")) {
      List<String> ids = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          ids.add(line.strip());
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled methodology index", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BundledMethodologies.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource " + ROOT + name);
    }
    return in;
  }
}
