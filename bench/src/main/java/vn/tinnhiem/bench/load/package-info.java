/**
 * The cast load harness of {@code bench/load.sh}: a second process on loopback drives the
 * server's cast endpoint with pre-encrypted ballots and prints throughput and latency
 * percentiles. The server side is {@code vn.tinnhiem.server.voting.LoadServer} in the server's
 * test sources.
 */
package vn.tinnhiem.bench.load;
