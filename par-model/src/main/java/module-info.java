/**
 * par's model: the immutable index tree ({@link io.github.parindex.model.Methodology}, nodes, rules as
 * data, bands, alerts, provenance), what a unit declares ({@link io.github.parindex.model.Submission}),
 * validation with every problem at once, and the hardened readers and writers of the file formats.
 *
 * <p>Exports only its API packages; {@code io.github.parindex.model.internal} (binding, checking,
 * writing) stays inside the module, and {@code io.github.parindex.model.io.internal} (the JSON/YAML
 * toolkit) is exported to par's own modules only. Depends on Jackson's streaming core and YAML data
 * format, with no data binding: no file can name a Java type.
 */
// "module": the modules the toolkit is exported to are compiled after this one, so javac cannot
// find them yet, which is expected. "requires-automatic": Immutables, compile time only, has no
// module descriptor.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.parindex.model {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires static transitive org.jspecify;
  // Immutables' annotations: compile time only (the generated classes carry no @Generated marker).
  requires static org.immutables.value;

  exports io.github.parindex.model;
  exports io.github.parindex.model.io;
  // The JSON/YAML toolkit (tokens, trees, binders, the emitter, the text policies) is par's own:
  // exported only to par's modules that read or write a format.
  exports io.github.parindex.model.io.internal to
      io.github.parindex.rules,
      io.github.parindex.scoring,
      io.github.parindex.report,
      io.github.parindex.projection,
      io.github.parindex.excel,
      io.github.parindex.cli;
}
