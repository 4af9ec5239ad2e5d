/**
 * Counting: ballots issued and collected per site, the paper counts per
 * subject and level with the invalid ones, the checks that they add up,
 * and closing the count. {@link vn.tinnhiem.server.counting.CountingService#sheet}
 * hands every raw count to the results calculator.
 */
package vn.tinnhiem.server.counting;
