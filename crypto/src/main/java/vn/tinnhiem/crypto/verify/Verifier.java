package vn.tinnhiem.crypto.verify;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinnhiem.crypto.AllCores;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveFormatException;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.Chain;
import vn.tinnhiem.crypto.archive.ChainCheck;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.credential.PublicCredentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.tally.SizedEncryptedTally;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.trustee.Trustees;

/**
 * Checks everything an archive claims, in the order of its events (specification 3.5): the hash
 * chain; the setup (election, trustees and their proofs, public key, credentials); every ballot
 * (canonical form, credential on the list, signature, proofs); the encrypted tally as the product
 * of the last ballot per credential; every partial decryption proof; the announced result.
 * Ballots are checked on all cores. The first failure wins, named by its event.
 */
public final class Verifier {
  private Verifier() {}

  /**
   * Reads and verifies the archive. A file that is not a Belenios archive at all (unreadable, or
   * its first member is not the {@code BELENIOS} header) is thrown as an
   * {@link ArchiveFormatException}; damage further in (a member whose content does not match its
   * name, a truncated or corrupt member) is an invalid verdict naming the member.
   */
  public static Verdict verify(Path file, Progress progress) throws IOException {
    Archive archive;
    try {
      archive = ArchiveReader.readAll(file);
    } catch (ArchiveFormatException e) {
      if (e.memberIndex() < 1) {
        throw e;
      }
      return Verdict.invalid(new Verdict.Failure(-1, "archive", "Archive: members",
          e.getMessage()), Verdict.Summary.EMPTY);
    }
    return verify(archive, progress);
  }

  public static Verdict verify(Archive archive, Progress progress) {
    return new Run(archive, progress).run();
  }

  /** One verification: the state gathered while walking the events. */
  private static final class Run {
    private final Archive archive;
    private final Progress progress;
    private Election election;
    private Trustees trustees;
    private PublicCredentials credentials;
    private Map<BigInteger, Long> weights;
    private final List<Ballot> ballots = new ArrayList<>();
    private final List<Event> ballotEvents = new ArrayList<>();
    private EncryptedTally tally;
    private SizedEncryptedTally sized;
    private final Map<Integer, PartialDecryption> partials = new LinkedHashMap<>();
    private ElectionResult result;
    private int counted;
    private boolean ballotsChecked;
    private String lastEventHash;

    Run(Archive archive, Progress progress) {
      this.archive = archive;
      this.progress = progress;
    }

    Verdict run() {
      ChainCheck chain = Chain.check(archive);
      if (chain instanceof ChainCheck.Fail f) {
        String where = f.toString().substring(f.step().length() + 2);
        return invalid(f.height(), "chain", f.step(), where);
      }
      lastEventHash = ((ChainCheck.Pass) chain).lastEventHash();
      List<Event> events = archive.events();
      for (Event event : events) {
        Verdict failed;
        try {
          failed = visit(event);
        } catch (JsonFormatException e) {
          failed = invalid(event, "Format", e.getMessage());
        }
        if (failed != null) {
          return failed;
        }
      }
      if (election == null) {
        return invalid(-1, "archive", "Setup", "the archive has no Setup event");
      }
      if (!ballotsChecked) {
        Verdict failed = ballots(); // an archive still in its voting phase
        if (failed != null) {
          return failed;
        }
      }
      return Verdict.valid(result, summary());
    }

    private Verdict visit(Event event) {
      return switch (event.type()) {
        case Setup -> setup(event);
        case Ballot -> {
          ballot(event);
          yield null;
        }
        case EndBallots -> ballots();
        case EncryptedTally -> encryptedTally(event);
        case Shuffle, EndShuffles -> invalid(event, "Shuffles",
            "non-homomorphic questions (shuffles) are not supported");
        case PartialDecryption -> partialDecryption(event);
        case Result -> result(event);
      };
    }

    private Verdict setup(Event event) {
      byte[] setupBytes = data(event.payload());
      Json.JObject setup = JsonParser.parse(setupBytes).asObject()
          .onlyKeys("election", "trustees", "credentials");
      if (!Arrays.equals(setupBytes, JsonWriter.writeBytes(Json.obj(
          "election", Json.str(setup.get("election").asString()),
          "trustees", Json.str(setup.get("trustees").asString()),
          "credentials", Json.str(setup.get("credentials").asString()))))) {
        return invalid(event, "Setup", "setup data is not in canonical form");
      }
      byte[] electionBytes = data(setup.get("election").asString());
      election = ElectionJson.fromBytes(electionBytes);
      if (!Arrays.equals(electionBytes, ElectionJson.toBytes(election))) {
        return invalid(event, "Setup: election", "election is not in canonical form");
      }
      Group group = election.group();
      byte[] trusteeBytes = data(setup.get("trustees").asString());
      trustees = Trustees.parse(trusteeBytes, group);
      if (!Arrays.equals(trusteeBytes, trustees.write().getBytes(StandardCharsets.UTF_8))) {
        return invalid(event, "Setup: trustees", "trustees are not in canonical form");
      }
      Check t = trustees.check(group);
      if (t instanceof Check.Fail f) {
        return invalid(event, f.step(), f.why());
      }
      if (!trustees.publicKey(group).equals(election.publicKey())) {
        return invalid(event, "Setup: public key",
            "election public key is not the product of the trustees' keys");
      }
      byte[] credentialBytes = data(setup.get("credentials").asString());
      credentials = PublicCredentials.fromJson(JsonParser.parse(credentialBytes), group);
      if (!Arrays.equals(credentialBytes, credentials.toBytes())) {
        return invalid(event, "Setup: credentials", "credentials are not in canonical form");
      }
      weights = credentials.weights();
      return null;
    }

    /**
     * Ballots are only collected here; at EndBallots (or the end) they are parsed, with their
     * subgroup checks, on all cores, and then checked together. The verdict is the same as
     * one by one: the first ballot that does not parse is reported before any proof.
     */
    private void ballot(Event event) {
      data(event.payload()); // a missing member is reported at its own event
      ballotEvents.add(event);
    }

    /**
     * Parses every collected ballot in parallel; the first failure in board order, if any. The
     * subgroup checks of α and β are left to the ballot check (they share its work there), so
     * before a failure here is reported, the ballots before it get those checks too: strict
     * parsing would have stopped at the first of them.
     */
    private Verdict parseBallots() {
      Group group = election.group();
      List<Object> parsed = AllCores.map(ballotEvents.size(), i -> {
        byte[] raw = data(ballotEvents.get(i).payload());
        try {
          Ballot b = BallotJson.fromBytesDeferringSubgroupChecks(raw, group);
          if (!Arrays.equals(raw, BallotJson.toBytes(b))) {
            // Strict parsing would have stopped at a number outside the group first.
            Check notInGroup = BallotCheck.firstNotInGroup(group, b);
            return notInGroup instanceof Check.Fail f ? notInGroupWhy(f)
                : "ballot is not in canonical form";
          }
          return b;
        } catch (JsonFormatException e) {
          return "ballot: " + e.getMessage();
        }
      });
      for (int i = 0; i < parsed.size(); i++) {
        if (parsed.get(i) instanceof String why) {
          for (int before = 0; before < i; before++) {
            Check notInGroup = BallotCheck.firstNotInGroup(group, (Ballot) parsed.get(before));
            if (notInGroup instanceof Check.Fail f) {
              return notInGroup(ballotEvents.get(before), f);
            }
          }
          return invalid(ballotEvents.get(i), "Format", why);
        }
        ballots.add((Ballot) parsed.get(i));
      }
      return null;
    }

    /** A choice outside the group, reported as the parse error strict parsing would give. */
    private Verdict notInGroup(Event event, Check.Fail f) {
      return invalid(event, "Format", notInGroupWhy(f));
    }

    private static String notInGroupWhy(Check.Fail f) {
      return "ballot: " + f.why();
    }

    private Verdict ballots() {
      ballotsChecked = true;
      Verdict unreadable = parseBallots();
      if (unreadable != null) {
        return unreadable;
      }
      BallotVerification.IndexedFailure bad =
          BallotVerification.firstFailure(election, ballots, weights, progress);
      if (bad != null && bad.fail().step().equals(BallotCheck.NOT_IN_GROUP)) {
        return notInGroup(ballotEvents.get(bad.index()), bad.fail());
      }
      if (bad != null) {
        return invalid(ballotEvents.get(bad.index()), bad.fail().step(), bad.fail().why());
      }
      return null;
    }

    private Verdict encryptedTally(Event event) {
      byte[] sizedBytes = data(event.payload());
      sized = SizedEncryptedTally.fromJson(JsonParser.parse(sizedBytes));
      byte[] tallyBytes = data(sized.encryptedTally());
      tally = EncryptedTally.fromJson(JsonParser.parse(tallyBytes), election.group());
      if (!Arrays.equals(sizedBytes, sized.toBytes())
          || !Arrays.equals(tallyBytes, tally.toBytes())) {
        return invalid(event, "Encrypted tally", "not in canonical form");
      }
      List<Ballot> last = EncryptedTally.lastBallots(ballots);
      counted = last.size();
      long totalWeight = last.stream().mapToLong(b -> weights.get(b.credential())).sum();
      if (sized.numTallied() != last.size()) {
        return invalid(event, "Encrypted tally", "num_tallied is " + sized.numTallied()
            + " but " + last.size() + " ballots count");
      }
      if (sized.totalWeight() != totalWeight) {
        return invalid(event, "Encrypted tally", "total_weight is " + sized.totalWeight()
            + " but the counted ballots weigh " + totalWeight);
      }
      EncryptedTally expected = EncryptedTally.compute(election, last, weights);
      if (!expected.equals(tally)) {
        return invalid(event, "Encrypted tally",
            "the encrypted tally is not the product of the counted ballots");
      }
      return null;
    }

    private Verdict partialDecryption(Event event) {
      if (tally == null) {
        return invalid(event, "Partial decryptions", "no encrypted tally before it");
      }
      byte[] ownedBytes = data(event.payload());
      Json.JObject owned = JsonParser.parse(ownedBytes).asObject().onlyKeys("owner", "payload");
      int owner = owned.get("owner").asInt();
      byte[] pdBytes = data(owned.get("payload").asString());
      PartialDecryption pd = PartialDecryption.parse(pdBytes, election.group());
      if (!Arrays.equals(ownedBytes, JsonWriter.writeBytes(Json.obj("owner",
          Json.integer(owner), "payload", owned.get("payload"))))
          || !Arrays.equals(pdBytes, pd.write().getBytes(StandardCharsets.UTF_8))) {
        return invalid(event, "Partial decryptions", "not in canonical form");
      }
      Check c = Decryption.check(election.group(), trustees, tally.ciphertexts(),
          election.fingerprint(), owner, pd);
      if (c instanceof Check.Fail f) {
        return invalid(event, f.step(), f.why());
      }
      if (partials.put(owner, pd) != null) {
        return invalid(event, "Partial decryptions", "trustee " + owner + " decrypted twice");
      }
      progress.report("partial decryptions", partials.size(), partials.size());
      return null;
    }

    private Verdict result(Event event) {
      byte[] resultBytes = data(event.payload());
      ElectionResult announced = ElectionResult.fromJson(JsonParser.parse(resultBytes));
      if (!Arrays.equals(resultBytes, announced.toBytes())) {
        return invalid(event, "Result", "not in canonical form");
      }
      // Checked as g^count = beta / F, not by a discrete logarithm: that would be bounded by
      // the total weight, which the archive chooses.
      Check c = Decryption.checkCounts(election.group(), trustees, tally.ciphertexts(),
          partials, sized.totalWeight(), announced.counts());
      if (c instanceof Check.Fail f) {
        return invalid(event, f.step(), "announced " + announced + ": " + f.why());
      }
      result = announced;
      return null;
    }

    private byte[] data(String hash) {
      return archive.data(hash).orElseThrow(() ->
          new JsonFormatException("no data member " + hash));
    }

    private Verdict invalid(Event event, String step, String why) {
      return invalid(event.height(), event.type().name(), step, why);
    }

    private Verdict invalid(int height, String type, String step, String why) {
      return Verdict.invalid(new Verdict.Failure(height, type, step, why), summary());
    }

    private Verdict.Summary summary() {
      return new Verdict.Summary(election, credentials == null ? 0 : credentials.entries().size(),
          ballots.size(), counted, partials.size(), lastEventHash);
    }
  }
}
