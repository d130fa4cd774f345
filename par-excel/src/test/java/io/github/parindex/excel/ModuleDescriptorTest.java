package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** par-excel is the named module io.github.parindex.excel, exporting its API package only. */
class ModuleDescriptorTest {
  @Test
  void module_isNamed_exportsOnlyItsApiPackage_andReadsPoiThroughItsModules() {
    Module module = FormWriter.class.getModule();
    assertTrue(module.isNamed(), "the tests run on the module path");
    ModuleDescriptor d = module.getDescriptor();

    assertEquals("io.github.parindex.excel", d.name());
    assertEquals(Set.of("io.github.parindex.excel"), d.exports().stream()
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(d.opens().isEmpty() && !d.isOpen(), "nothing opened to reflection");
    Set<String> requires = d.requires().stream().map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(requires.containsAll(Set.of("io.github.parindex.report", "org.apache.poi.poi",
        "org.apache.poi.ooxml")), requires::toString);
  }
}
