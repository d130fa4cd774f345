package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors of the library's modules, read from their compiled {@code module-info.class}:
 * each exports exactly its API packages and keeps its implementation packages inside.
 */
class ModuleDescriptorsTest {

  private static ModuleDescriptor descriptorOf(Class<?> type) throws URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> found = ModuleFinder.of(location).findAll();
    assertEquals(1, found.size(), "one module at " + location);
    return found.iterator().next().descriptor();
  }

  /** The packages exported to every module. */
  private static Set<String> exports(ModuleDescriptor d) {
    return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The packages exported to chosen modules only, each with its targets. */
  private static Set<String> qualifiedExports(ModuleDescriptor d) {
    return d.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
        .map(e -> e.source() + " to " + new TreeSet<>(e.targets()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void model_exportsItsApiPackagesOnly() throws URISyntaxException {
    ModuleDescriptor d = descriptorOf(Methodology.class);
    assertEquals("io.github.parindex.model", d.name());
    assertEquals(Set.of("io.github.parindex.model", "io.github.parindex.model.io"), exports(d));
    // The JSON/YAML toolkit (and the small map the readers and the prepared rules keep), to par's
    // own modules only.
    assertEquals(Set.of("io.github.parindex.model.io.internal to [io.github.parindex.cli, "
        + "io.github.parindex.excel, io.github.parindex.projection, io.github.parindex.report, "
        + "io.github.parindex.rules, io.github.parindex.scoring]"), qualifiedExports(d));
    assertTrue(d.packages().contains("io.github.parindex.model.internal"));
    assertTrue(d.opens().isEmpty() && !d.isOpen(), "nothing opened to reflection");
  }

  @Test
  void rules_exportsItsApiPackageOnly_andUsesTheEvaluatorService() throws URISyntaxException {
    ModuleDescriptor d = descriptorOf(RuleRegistry.class);
    assertEquals("io.github.parindex.rules", d.name());
    assertEquals(Set.of("io.github.parindex.rules"), exports(d));
    assertTrue(d.packages().contains("io.github.parindex.rules.builtin"));
    assertEquals(Set.of("io.github.parindex.rules.RuleEvaluator"), d.uses());
    assertTrue(d.opens().isEmpty() && !d.isOpen(), "nothing opened to reflection");
  }

  @Test
  void scoring_exportsItsApiPackagesOnly() throws URISyntaxException {
    ModuleDescriptor d = descriptorOf(Scorer.class);
    assertEquals("io.github.parindex.scoring", d.name());
    // the assessment cycle is API too (CYCLE.md; docs/assessment.md)
    assertEquals(Set.of("io.github.parindex.scoring", "io.github.parindex.scoring.cycle"),
        exports(d));
    assertEquals(Set.of(), qualifiedExports(d));
    assertTrue(d.opens().isEmpty() && !d.isOpen(), "nothing opened to reflection");
  }

  @Test
  void report_exportsItsWriters_andItsTablesAndCsvToParsModulesOnly() throws URISyntaxException {
    ModuleDescriptor d = descriptorOf(ScorecardJson.class);
    assertEquals("io.github.parindex.report", d.name());
    assertEquals(Set.of("io.github.parindex.report"), exports(d));
    assertEquals(Set.of("io.github.parindex.report.internal to [io.github.parindex.cli, "
        + "io.github.parindex.excel, io.github.parindex.projection]"), qualifiedExports(d));
    assertTrue(d.opens().isEmpty() && !d.isOpen(), "nothing opened to reflection");
  }

  @Test
  void projection_exportsItsApiPackagesOnly() throws URISyntaxException {
    ModuleDescriptor d = descriptorOf(Projector.class);
    assertEquals("io.github.parindex.projection", d.name());
    assertEquals(Set.of("io.github.parindex.projection", "io.github.parindex.projection.plan",
        "io.github.parindex.projection.scenario", "io.github.parindex.projection.simulation"),
        exports(d));
    assertEquals(Set.of(), qualifiedExports(d));
    // What the packages share in their implementation stays inside.
    assertTrue(d.packages().contains("io.github.parindex.projection.internal"));
    assertTrue(d.opens().isEmpty() && !d.isOpen(), "nothing opened to reflection");
  }

  @Test
  void dependencies_pointOneWay() throws URISyntaxException {
    Set<String> model = requires(descriptorOf(Methodology.class));
    Set<String> rules = requires(descriptorOf(RuleRegistry.class));
    Set<String> scoring = requires(descriptorOf(Scorer.class));
    Set<String> report = requires(descriptorOf(ScorecardJson.class));
    Set<String> projection = requires(descriptorOf(Projector.class));
    assertTrue(model.stream().noneMatch(n -> n.startsWith("io.github.parindex")), model::toString);
    assertTrue(rules.contains("io.github.parindex.model")
        && !rules.contains("io.github.parindex.scoring"), rules::toString);
    assertTrue(scoring.contains("io.github.parindex.rules")
        && !scoring.contains("io.github.parindex.report"), scoring::toString);
    assertTrue(report.contains("io.github.parindex.scoring")
        && !report.contains("io.github.parindex.projection"), report::toString);
    assertTrue(projection.contains("io.github.parindex.report"), projection::toString);
  }

  private static Set<String> requires(ModuleDescriptor d) {
    return d.requires().stream().map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
