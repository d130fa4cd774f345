/**
 * Test helpers of par-report shared with the tests of par's other modules through the test-jar:
 * what the message catalogues are checked with.
 */
package io.github.parindex.report.testing;
