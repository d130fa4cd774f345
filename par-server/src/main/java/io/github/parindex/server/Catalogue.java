package io.github.parindex.server;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The methodologies a request can name by id: the ones bundled with par, then those of the folder
 * given at start ({@code --methodologies DIR}), each read, checked and prepared once, at start.
 *
 * <p>Guarantees: immutable and safe to share; a folder with any problem (a file that is not a valid
 * methodology, an id given twice or already bundled) stops the start with every problem, so the
 * server never runs with half a folder.
 */
final class Catalogue {
  private final Map<String, Scorer> scorers;
  private final RuleRegistry registry;

  private Catalogue(Map<String, Scorer> scorers, RuleRegistry registry) {
    this.scorers = Collections.unmodifiableMap(scorers);
    this.registry = registry;
  }

  /**
   * Loads the bundled methodologies and those of a folder.
   *
   * @param folder the folder: its {@code .json}, {@code .yaml} and {@code .yml} files (hidden files
   *     and subfolders left out) must each be a methodology
   * @param registry the rule types
   * @return the catalogue
   * @throws ValidationException with every problem, each naming its file
   */
  static Catalogue load(Optional<Path> folder, RuleRegistry registry) {
    Map<String, Scorer> scorers = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Methodology m : BundledMethodologies.all()) {
      scorers.put(m.id(), Scorer.builder().methodology(m).registry(registry).build());
    }
    if (folder.isPresent()) {
      Map<String, String> files = new LinkedHashMap<>();
      for (Path file : files(folder.get())) {
        String name = file.toString();
        try {
          Methodology m = ParReader.standard().readMethodology(file);
          Scorer scorer = Scorer.builder().methodology(m).registry(registry).build();
          if (scorers.containsKey(m.id())) {
            problems.add(new Problem(name, "/id", "methodology '" + m.id() + "' is already "
                + (files.containsKey(m.id()) ? "in " + files.get(m.id()) : "bundled with par")));
          } else {
            scorers.put(m.id(), scorer);
            files.put(m.id(), name);
          }
        } catch (ValidationException e) {
          problems.addAll(e.inSource(name).problems());
        } catch (IOException e) {
          problems.add(new Problem(name, "", "cannot read: " + e.getClass().getSimpleName()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new Catalogue(scorers, registry);
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ValidationException(List.of(new Problem(folder.toString(), "",
          "not a folder of methodologies")));
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ValidationException(List.of(new Problem(folder.toString(), "",
          "cannot list: " + e.getClass().getSimpleName())));
    }
  }

  /**
   * The scorer of a methodology, by id.
   *
   * @param id the id
   * @return the scorer, if the methodology is known
   */
  Optional<Scorer> find(String id) {
    return Optional.ofNullable(scorers.get(id));
  }

  /**
   * Every methodology: the bundled ones in par's order, then the folder's in file name order.
   *
   * @return the methodologies
   */
  List<Methodology> all() {
    return scorers.values().stream().map(Scorer::methodology).toList();
  }

  /**
   * The ids, in the order of {@link #all()}.
   *
   * @return the ids
   */
  List<String> ids() {
    return List.copyOf(scorers.keySet());
  }

  /**
   * The rule types methodologies given in a request are prepared with.
   *
   * @return the registry
   */
  RuleRegistry registry() {
    return registry;
  }
}
