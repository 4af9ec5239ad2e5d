package vn.tinnhiem.crypto.oracle;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.tally.ElectionResult;

/**
 * Plaintext ballots in belenios-tool's form ({@code [[0,1,0],[1,0]]}: per question one 0/1 per
 * answer, the blank flag first when blank is allowed) and the result they add up to.
 */
public final class Votes {
    private Votes() {
    }

    /** A plaintext as {@link vn.tinnhiem.crypto.election.BallotFactory} takes it. */
    public static int[][] parse(String plaintext) {
        List<List<Integer>> rows = JsonParser.parse(plaintext)
                .asList(row -> row.asList(Json::asInt));
        return rows.stream().map(r -> r.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * The expected result: each voter's last plaintext times the voter's weight, summed per
     * question and answer.
     *
     * @param lastVote voter → that voter's last plaintext (abstainers absent)
     */
    public static <V> ElectionResult tally(Map<V, String> lastVote, Function<V, Long> weight) {
        long[][] sum = null;
        for (Map.Entry<V, String> v : lastVote.entrySet()) {
            int[][] b = parse(v.getValue());
            long w = weight.apply(v.getKey());
            if (sum == null) {
                sum = new long[b.length][];
                for (int q = 0; q < b.length; q++) {
                    sum[q] = new long[b[q].length];
                }
            }
            for (int q = 0; q < b.length; q++) {
                for (int a = 0; a < b[q].length; a++) {
                    sum[q][a] += w * b[q][a];
                }
            }
        }
        if (sum == null) {
            throw new IllegalArgumentException("no votes: the shape of the result is unknown");
        }
        return new ElectionResult(sum);
    }
}
