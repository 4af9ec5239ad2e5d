package vn.tinnhiem.crypto.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinnhiem.crypto.AllCores;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The encrypted tally (specification 4.16): per question and answer, the product of the
 * ciphertexts of the last ballot of each credential, each raised to its weight.
 */
public record EncryptedTally(List<List<Ciphertext>> ciphertexts) {
  public EncryptedTally {
    ciphertexts = ciphertexts.stream().map(List::copyOf).toList();
  }

  /** last(B): keeps, in order of their final casting, only each credential's last ballot. */
  public static List<Ballot> lastBallots(List<Ballot> accepted) {
    Map<BigInteger, Ballot> last = new LinkedHashMap<>();
    for (Ballot b : accepted) {
      last.remove(b.credential());
      last.put(b.credential(), b);
    }
    return List.copyOf(last.values());
  }

  /**
   * The tally of {@code counted} ballots (already last(B)), with their weights: one product per
   * choice, the choices spread over all cores.
   */
  public static EncryptedTally compute(Election election, List<Ballot> counted,
      Map<BigInteger, Long> weights) {
    Group group = election.group();
    List<int[]> cells = new ArrayList<>();
    for (int i = 0; i < election.questions().size(); i++) {
      for (int j = 0; j < election.questions().get(i).choiceCount(); j++) {
        cells.add(new int[] {i, j});
      }
    }
    List<Ciphertext> sums = AllCores.map(cells.size(), k -> {
      int question = cells.get(k)[0];
      int choice = cells.get(k)[1];
      List<BigInteger> alphas = new ArrayList<>(counted.size());
      List<BigInteger> betas = new ArrayList<>(counted.size());
      for (Ballot b : counted) {
        long weight = weights.getOrDefault(b.credential(), 1L);
        Ciphertext c = b.answers().get(question).choices().get(choice);
        if (weight != 1) {
          c = c.pow(group, BigInteger.valueOf(weight));
        }
        alphas.add(c.alpha());
        betas.add(c.beta());
      }
      return new Ciphertext(group.product(alphas), group.product(betas));
    });
    List<List<Ciphertext>> rows = new ArrayList<>();
    int k = 0;
    for (var q : election.questions()) {
      rows.add(sums.subList(k, k + q.choiceCount()));
      k += q.choiceCount();
    }
    return new EncryptedTally(rows);
  }

  public Json toJson() {
    return Json.array(ciphertexts.stream().map(BallotJson::ciphertextsToJson).toList());
  }

  public byte[] toBytes() {
    return JsonWriter.writeBytes(toJson());
  }

  public static EncryptedTally fromJson(Json json, Group group) {
    return new EncryptedTally(json.asList(row -> BallotJson.ciphertextsFromJson(row, group)));
  }
}
