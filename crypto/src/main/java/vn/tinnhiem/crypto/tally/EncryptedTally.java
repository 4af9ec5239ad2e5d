package vn.tinnhiem.crypto.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The tally of {@code counted} ballots (already last(B)), with their weights. */
  public static EncryptedTally compute(Election election, List<Ballot> counted,
      Map<BigInteger, Long> weights) {
    Group group = election.group();
    List<List<Ciphertext>> sums = new ArrayList<>();
    for (var q : election.questions()) {
      List<Ciphertext> row = new ArrayList<>();
      for (int j = 0; j < q.choiceCount(); j++) {
        row.add(Ciphertext.one());
      }
      sums.add(row);
    }
    for (Ballot b : counted) {
      long weight = weights.getOrDefault(b.credential(), 1L);
      for (int i = 0; i < sums.size(); i++) {
        List<Ciphertext> row = sums.get(i);
        List<Ciphertext> choices = b.answers().get(i).choices();
        for (int j = 0; j < row.size(); j++) {
          Ciphertext c = weight == 1 ? choices.get(j)
              : choices.get(j).pow(group, BigInteger.valueOf(weight));
          row.set(j, row.get(j).times(group, c));
        }
      }
    }
    return new EncryptedTally(sums);
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
