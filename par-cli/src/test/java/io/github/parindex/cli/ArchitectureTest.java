package io.github.parindex.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design's boundaries, checked on the compiled main classes of every module (on the class path,
 * where module descriptors are not enforced): dependencies point model ← rules ← scoring ← report ←
 * projection ← excel, cli; nothing outside a module reaches into its implementation packages.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ArchitectureTest::isMainClassOfPar)
        .importPackages("io.github.parindex");
  }

  /** Main classes only: a module's target/classes or its jar, never test classes or test jars. */
  private static boolean isMainClassOfPar(Location location) {
    return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
        && !location.contains("-tests.jar");
  }

  @Test
  void importedClasses_coverEveryModule() {
    for (String type : new String[] {"io.github.parindex.model.Methodology",
        "io.github.parindex.model.internal.ModelWriter", "io.github.parindex.rules.RuleRegistry",
        "io.github.parindex.rules.builtin.BuiltInRules", "io.github.parindex.scoring.Scorer",
        "io.github.parindex.report.ScorecardJson", "io.github.parindex.projection.plan.Projector",
        "io.github.parindex.excel.FormWriter", "io.github.parindex.cli.Par"}) {
      assertTrue(classes.contain(type), type + " imported");
    }
  }

  @Test
  void model_dependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("io.github.parindex.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.rules..",
            "io.github.parindex.scoring..", "io.github.parindex.report..",
            "io.github.parindex.projection..", "io.github.parindex.excel..",
            "io.github.parindex.cli..")
        .check(classes);
  }

  @Test
  void rules_dependOnlyOnModel() {
    noClasses().that().resideInAPackage("io.github.parindex.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.scoring..",
            "io.github.parindex.report..", "io.github.parindex.projection..",
            "io.github.parindex.excel..", "io.github.parindex.cli..")
        .check(classes);
  }

  @Test
  void scoring_dependsOnlyOnModelAndRules() {
    noClasses().that().resideInAPackage("io.github.parindex.scoring..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.report..",
            "io.github.parindex.projection..", "io.github.parindex.excel..",
            "io.github.parindex.cli..")
        .check(classes);
  }

  @Test
  void report_dependsOnlyOnScoringAndBelow() {
    noClasses().that().resideInAPackage("io.github.parindex.report..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.projection..",
            "io.github.parindex.excel..", "io.github.parindex.cli..")
        .check(classes);
  }

  @Test
  void projection_dependsOnlyOnReportAndBelow() {
    noClasses().that().resideInAPackage("io.github.parindex.projection..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.excel..",
            "io.github.parindex.cli..")
        .check(classes);
  }

  @Test
  void nothingButTheCommandLine_usesPicocli() {
    noClasses().that().resideOutsideOfPackage("io.github.parindex.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void commandLine_isUsedByNoOtherModule() {
    noClasses().that().resideOutsideOfPackage("io.github.parindex.cli..")
        .should().dependOnClassesThat().resideInAPackage("io.github.parindex.cli..")
        .check(classes);
  }

  @Test
  void excel_doesNotDependOnTheCommandLine() {
    noClasses().that().resideInAPackage("io.github.parindex.excel..")
        .should().dependOnClassesThat().resideInAPackage("io.github.parindex.cli..")
        .check(classes);
  }

  @Test
  void modelInternals_areUsedOnlyInsideTheModel() {
    noClasses().that().resideOutsideOfPackage("io.github.parindex.model..")
        .should().dependOnClassesThat().resideInAPackage("io.github.parindex.model.internal..")
        .check(classes);
  }

  @Test
  void builtInRules_areReachedOnlyThroughTheRegistry() {
    noClasses().that().resideOutsideOfPackage("io.github.parindex.rules..")
        .should().dependOnClassesThat().resideInAPackage("io.github.parindex.rules.builtin..")
        .check(classes);
  }

  @Test
  void projectionInternals_areUsedOnlyInsideTheProjectionModule() {
    noClasses().that().resideOutsideOfPackage("io.github.parindex.projection..")
        .should().dependOnClassesThat()
        .resideInAPackage("io.github.parindex.projection.internal..")
        .check(classes);
  }

  @Test
  void projectionInternals_dependOnNoProjectionApiPackage() {
    // The shared implementation sits below plans, scenarios and simulations, never above them.
    noClasses().that().resideInAPackage("io.github.parindex.projection.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.projection",
            "io.github.parindex.projection.plan..", "io.github.parindex.projection.scenario..",
            "io.github.parindex.projection.simulation..")
        .check(classes);
  }

  @Test
  void projectionConcerns_doNotDependOnEachOther_exceptPlansFromScenarios() {
    // A simulation needs no plan nor scenario, a scenario no plan nor simulation; a plan may start
    // from a scenario's result (ProjectionRequest.Builder.fromScenario).
    noClasses().that().resideInAPackage("io.github.parindex.projection.simulation..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.projection.plan..",
            "io.github.parindex.projection.scenario..")
        .check(classes);
    noClasses().that().resideInAPackage("io.github.parindex.projection.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.parindex.projection.plan..",
            "io.github.parindex.projection.simulation..")
        .check(classes);
    noClasses().that().resideInAPackage("io.github.parindex.projection.plan..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.github.parindex.projection.simulation..")
        .check(classes);
  }

  @Test
  void reportInternals_areUsedOnlyByReportProjectionExcelAndTheCommandLine() {
    // par-excel's scorecard workbook takes its words from the report catalogue
    noClasses().that().resideOutsideOfPackages("io.github.parindex.report..",
            "io.github.parindex.projection..", "io.github.parindex.excel..",
            "io.github.parindex.cli..")
        .should().dependOnClassesThat().resideInAPackage("io.github.parindex.report.internal..")
        .check(classes);
  }
}
