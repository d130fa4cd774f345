/**
 * Test fixtures shared with the tests of the modules above par-scoring, through its test-jar
 * ({@code <type>test-jar</type>}): {@link io.github.parindex.scoring.testing.TestData} finds the
 * shared data files on the test class path, {@link io.github.parindex.scoring.testing.Fixtures}
 * turns them (and YAML literals) into methodologies, submissions and scorers.
 *
 * <p>A package of its own, not {@code io.github.parindex.scoring}: the test-jar sits beside the
 * named module {@code io.github.parindex.scoring}, and a package may not be split between the two.
 */
package io.github.parindex.scoring.testing;
