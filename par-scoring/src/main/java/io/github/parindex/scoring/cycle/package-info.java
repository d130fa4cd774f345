/**
 * The assessment cycle (CYCLE.md §2–§3): an {@link io.github.parindex.model.Assessment} record scored
 * stage by stage. {@link Assessor} is the one place where a stage's observations are composed from
 * the stages before it and where the evidence rule decides which leaves lack an accepted document;
 * the command line, the server and the Excel side all go through it. The result is an
 * {@link AssessmentReport}.
 */
@NullMarked
package io.github.parindex.scoring.cycle;

import org.jspecify.annotations.NullMarked;
