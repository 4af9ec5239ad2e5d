/** Benchmarks of the election cryptography; see bench/compare.sh for the side-by-side run. */
package vn.tinnhiem.bench;
