/**
 * par's workbooks (Apache POI): the self-assessment form officials fill, written for any methodology
 * and read back into a submission; the criteria set as the workbook officials publish and edit,
 * written from a methodology and read back into one; and scorecards as workbooks
 * ({@code io.github.parindex.excel}).
 *
 * <p>Exports only {@code io.github.parindex.excel}, whose implementation (layouts, the cell-reading
 * layer, the readers of each part of a workbook) is package-private. The only par module that reads
 * POI's modules; the core modules never do.
 */
module io.github.parindex.excel {
  requires transitive io.github.parindex.scoring;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires java.xml;
  requires static transitive org.jspecify;

  exports io.github.parindex.excel;
}
