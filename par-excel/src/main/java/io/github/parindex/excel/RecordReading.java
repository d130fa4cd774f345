package io.github.parindex.excel;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What reading a form into an assessment record gave ({@link FormReader#readInto}): the record with
 * the form's stage added (or put in place of the same stage at the end), and the warnings.
 *
 * @param record the record, checked ({@link Assessment.Builder#build()})
 * @param stage the stage the form gave
 * @param warnings what was ignored or looks off, each with its sheet and cell
 */
public record RecordReading(Assessment record, CycleStage stage, List<Problem> warnings) {
  /**
   * Validates and copies.
   *
   * @param record the record
   * @param stage the stage
   * @param warnings the warnings
   */
  public RecordReading {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(stage, "stage");
    warnings = List.copyOf(warnings);
  }
}
