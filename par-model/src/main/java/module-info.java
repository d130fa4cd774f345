/**
 * par's model: the immutable index tree ({@link io.github.parindex.model.Methodology}, nodes, rules as
 * data, bands, alerts, provenance), what a unit declares ({@link io.github.parindex.model.Submission}),
 * validation with every problem at once, and the hardened readers and writers of the file formats.
 *
 * <p>Exports only its API packages; {@code io.github.parindex.model.internal} (binding, checking,
 * writing) stays inside the module. Depends on Jackson's streaming core and YAML data format, with no
 * data binding: no file can name a Java type.
 */
@SuppressWarnings("requires-automatic") // Immutables, compile time only, has no module descriptor
module io.github.parindex.model {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires static transitive org.jspecify;
  // Immutables' annotations: compile time only (the generated classes carry no @Generated marker).
  requires static org.immutables.value;

  exports io.github.parindex.model;
  exports io.github.parindex.model.io;
}
