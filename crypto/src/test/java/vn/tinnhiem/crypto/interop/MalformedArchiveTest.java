package vn.tinnhiem.crypto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static vn.tinnhiem.crypto.archive.ArchiveEditor.set;
import static vn.tinnhiem.crypto.interop.BeleniosToOursTest.confidence;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveEditor;
import vn.tinnhiem.crypto.archive.ArchiveFormatException;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.ChainCheck;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.archive.Member;
import vn.tinnhiem.crypto.archive.MemberKind;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.credential.PublicCredentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.oracle.FixturesTest;
import vn.tinnhiem.crypto.oracle.Votes;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.tally.SizedEncryptedTally;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * Bad input never escapes as anything but a {@link JsonFormatException} (an {@link
 * ArchiveFormatException} for the container) from the reader, or an invalid {@link Verdict}
 * with a reason from the verifier.
 *
 * <p>Events of the base archive (ours, one Single trustee, two voters, one question): Setup 0;
 * Ballot 1, 2; EndBallots 3; EncryptedTally 4; PartialDecryption 5; Result 6.
 */
class MalformedArchiveTest {
  private static final Group G = Group.BELENIOS_2048;
  private static final String HUGE = "9".repeat(10_000);

  private static byte[] base;

  @TempDir Path dir;

  @BeforeAll
  static void makeBase() {
    base = OurElection.run(G, List.of(confidence(0, null)), TrusteeBoard.Shape.single(),
        List.of("[[1,0,0]]", "[[0,0,1]]"), List.of(1)).bel();
  }

  private static ArchiveEditor editor() {
    return ArchiveEditor.of(base);
  }

  // ---- outcomes ------------------------------------------------------------------------------

  /**
   * Reads and verifies: the format exception the reader threw, or the verdict. Any other
   * exception, from either, fails the test.
   */
  private static Object outcome(byte[] bel) {
    Archive archive;
    try {
      archive = ArchiveReader.readAll(bel);
    } catch (JsonFormatException e) {
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError("the reader threw " + e, e);
    }
    try {
      return Verifier.verify(archive, Progress.NONE);
    } catch (RuntimeException e) {
      throw new AssertionError("the verifier threw " + e, e);
    }
  }

  /** The verdict is invalid, at this event, with this step and a reason containing these. */
  private static Verdict.Failure assertInvalid(byte[] bel, int height, String type,
      String step, String... reason) {
    Object o = outcome(bel);
    assertThat(o).as("outcome").isInstanceOf(Verdict.class);
    Verdict v = (Verdict) o;
    assertThat(v.valid()).isFalse();
    Verdict.Failure f = v.failure();
    assertThat(f.eventHeight()).as(f.describe()).isEqualTo(height);
    assertThat(f.eventType()).as(f.describe()).isEqualTo(type);
    assertThat(f.step()).as(f.describe()).startsWith(step);
    if (reason.length > 0) {
      assertThat(f.reason()).as(f.describe()).contains(reason);
    }
    return f;
  }

  /** The verdict is "Format" at the event whose payload is not what it should be. */
  private static void assertFormat(byte[] bel, int height, String type, String... reason) {
    assertInvalid(bel, height, type, "Format", reason);
  }

  private static void assertReaderRejects(byte[] bel, String... message) {
    Object o = outcome(bel);
    assertThat(o).as("outcome").isInstanceOf(ArchiveFormatException.class);
    assertThat(((Exception) o).getMessage()).contains(message);
  }

  // ---- truncation ----------------------------------------------------------------------------

  @Test
  void truncatedAnywhere() {
    Archive whole = ArchiveReader.readAll(base);
    // member boundaries: header offset of each member -> the kind of the member before it
    TreeMap<Long, MemberKind> ends = new TreeMap<>();
    List<Member> members = whole.members();
    for (int i = 1; i < members.size(); i++) {
      ends.put(members.get(i).offset(), members.get(i - 1).kind());
    }
    TreeSet<Integer> offsets = new TreeSet<>(List.of(0, 1, 100, 511, 513, 1000, base.length - 1));
    for (int at = 512; at < base.length; at += 512) {
      offsets.add(at);
      offsets.add(at + 7);
    }
    long setupEnd = members.get(5).offset(); // right after the Setup event
    int valid = 0;
    int invalid = 0;
    for (int at : offsets) {
      Object o = outcome(Arrays.copyOf(base, at));
      MemberKind before = ends.get((long) at);
      if (at == members.get(0).offset() || (before != null && at < setupEnd)) {
        Verdict v = (Verdict) o; // the header, perhaps with some setup data, and no event
        assertThat(v.valid()).isFalse();
        assertThat(v.failure().reason()).contains("the archive has no event");
      } else if (before == null) {
        assertThat(o).as("cut at %d", at).isInstanceOf(ArchiveFormatException.class);
        assertThat(((Exception) o).getMessage()).as("cut at %d", at)
            .containsAnyOf("truncated", "ends inside", "empty file", "no BELENIOS");
      } else {
        Verdict v = (Verdict) o;
        if (before == MemberKind.EVENT) {
          // right after an event: a valid archive of an earlier stage
          assertThat(v.valid()).as("cut at %d: %s", at, v.failure()).isTrue();
          valid++;
        } else {
          assertThat(v.valid()).as("cut at %d", at).isFalse();
          assertThat(v.failure().step()).isEqualTo(ChainCheck.LAYOUT);
          assertThat(v.failure().reason()).contains("not referenced by any event");
          invalid++;
        }
      }
    }
    assertThat(valid).isEqualTo(6); // every event but the last
    assertThat(invalid).isPositive();
  }

  @Test
  void truncatedFilesAreUnreadable() throws IOException {
    int[] cuts = {0, 300, 512 * 3 + 100, base.length - 512};
    for (int at : cuts) {
      Path file = dir.resolve("cut-" + at + ".bel");
      Files.write(file, Arrays.copyOf(base, at));
      try {
        Verdict v = Verifier.verify(file, Progress.NONE);
        // a cut at a block boundary may leave a readable prefix; it must then be judged
        assertThat(v.valid()).as("cut at %d", at).isFalse();
      } catch (ArchiveFormatException e) {
        assertThat(e.getMessage()).containsAnyOf("truncated", "ends inside", "empty file");
      }
    }
  }

  // ---- wrong JSON types ----------------------------------------------------------------------

  @Test
  void numberWhereAStringIsExpected() {
    assertFormat(editor().editPayload(EventType.Ballot, 0,
        j -> set(j, Json.integer(123), "credential")).toBytes(), 1, "Ballot",
        "expected a string, found a number");
    assertFormat(editor().editPayload(EventType.Ballot, 1,
        j -> set(j, Json.integer(7), "answers", 0, "choices", 1, "beta")).toBytes(), 2, "Ballot",
        "expected a string");
    assertFormat(editPartialDecryption(j -> set(j, Json.integer(1), "decryption_factors", 0,
        0)), 5, "PartialDecryption", "expected a string");
  }

  @Test
  void otherWrongTypes() {
    assertFormat(editSetup("election", j -> set(j, Json.str("1"), "questions", 0, "min")),
        0, "Setup", "expected an integer, found a string");
    assertFormat(editor().editPayload(EventType.EncryptedTally, 0,
        j -> set(j, Json.str("2"), "num_tallied")).toBytes(), 4, "EncryptedTally",
        "not a count");
    assertFormat(editor().editPayload(EventType.PartialDecryption, 0,
        j -> set(j, Json.str("1"), "owner")).toBytes(), 5, "PartialDecryption",
        "expected an integer");
    assertFormat(editor().editPayload(EventType.Result, 0,
        j -> set(j, Json.str("x"), "result")).toBytes(), 6, "Result", "expected an array");
    assertFormat(editor().editPayload(EventType.Ballot, 0,
        j -> set(j, Json.array(), "answers", 0)).toBytes(), 1, "Ballot", "expected an object");
    assertFormat(editSetup("credentials", j -> Json.obj("credentials", j)), 0, "Setup",
        "expected an array");
  }

  @Test
  void anEventThatIsNotAnEvent() {
    byte[] bel = editor().rawReplaceEvent(3,
        "{\"parent\":\"x\",\"height\":\"3\",\"type\":\"EndBallots\"}"
            .getBytes(StandardCharsets.UTF_8)).toBytes();
    Verdict.Failure f = assertInvalid(bel, -1, "chain", ChainCheck.EVENTS, "not a valid event");
    assertThat(f.describe()).startsWith("chain: Archive: events: member #");
  }

  @Test
  void headerWithAWrongType() {
    byte[] bel = base.clone();
    String header = "{\"version\":1,\"timestamp\":\"";
    int at = indexOf(bel, header.getBytes(StandardCharsets.US_ASCII)) + header.length() - 1;
    bel[at] = ' '; // opening quote of the timestamp: now a number (same length, same tar)
    int close = indexOf(bel, "\"}".getBytes(StandardCharsets.US_ASCII));
    bel[close] = ' ';
    assertReaderRejects(bel, "bad BELENIOS header", "expected a string");
  }

  // ---- huge numbers --------------------------------------------------------------------------

  @Test
  void tenThousandDigitNumbers() {
    Json hugeNumber = new Json.JNumber(new BigInteger(HUGE));
    assertFormat(editSetup("election", j -> set(j, hugeNumber, "questions", 0, "max")), 0,
        "Setup", "integer too large");
    assertFormat(editSetup("election", j -> set(j, Json.str(HUGE), "public_key")), 0, "Setup",
        "not a number in range");
    assertFormat(editSetup("credentials", j -> set(j, Json.str(HUGE), 0)), 0, "Setup",
        "not a number in range");
    assertFormat(editSetup("credentials", j -> set(j, Json.str(G.g() + "," + HUGE), 0)), 0,
        "Setup", "bad weight");
    assertFormat(editor().editPayload(EventType.Ballot, 0,
        j -> set(j, Json.str(HUGE), "answers", 0, "choices", 0, "alpha")).toBytes(), 1, "Ballot",
        "not a number in range");
    assertFormat(editor().editPayload(EventType.Ballot, 1,
        j -> set(j, Json.str(HUGE), "answers", 0, "overall_proof", 0, "response")).toBytes(), 2,
        "Ballot", "not a number in range");
    assertFormat(editPartialDecryption(j -> set(j, Json.str(HUGE), "decryption_factors", 0, 0)),
        5, "PartialDecryption", "not a number in range");
    assertFormat(editor().editPayload(EventType.Result, 0,
        j -> set(j, hugeNumber, "result", 0, 0)).toBytes(), 6, "Result", "integer too large");
    assertFormat(editor().editPayload(EventType.Result, 0,
        j -> set(j, Json.str(HUGE), "result", 0, 0)).toBytes(), 6, "Result", "not a count");
    byte[] event = ("{\"height\":" + HUGE + ",\"type\":\"Setup\"}")
        .getBytes(StandardCharsets.UTF_8);
    assertInvalid(editor().rawReplaceEvent(0, event).toBytes(), -1, "chain", ChainCheck.EVENTS,
        "integer too large");
  }

  // ---- elements outside the group ------------------------------------------------------------

  /** 0, 1, p − 1, p and p + 1 in four places each. */
  static Stream<Arguments> outsideTheGroup() {
    List<Arguments> out = new ArrayList<>();
    BigInteger p = G.p();
    for (BigInteger x : List.of(BigInteger.ZERO, BigInteger.ONE, p.subtract(BigInteger.ONE), p,
        p.add(BigInteger.ONE))) {
      for (String place : List.of("ballot alpha", "election public key", "public credential",
          "decryption factor")) {
        out.add(Arguments.of(place, x));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("outsideTheGroup")
  void elementsOutsideTheGroup(String place, BigInteger x) {
    Json value = Json.num(x);
    byte[] bel = switch (place) {
      case "ballot alpha" -> editor().editPayload(EventType.Ballot, 0,
          j -> set(j, value, "answers", 0, "choices", 0, "alpha")).toBytes();
      case "election public key" -> editSetup("election", j -> set(j, value, "public_key"));
      case "public credential" -> editSetup("credentials", j -> set(j, value, 0));
      default -> editPartialDecryption(j -> set(j, value, "decryption_factors", 0, 0));
    };
    int height = switch (place) {
      case "ballot alpha" -> 1;
      case "decryption factor" -> 5;
      default -> 0;
    };
    String type = switch (place) {
      case "ballot alpha" -> "Ballot";
      case "decryption factor" -> "PartialDecryption";
      default -> "Setup";
    };
    if (!x.equals(BigInteger.ONE)) {
      assertFormat(bel, height, type, "not an element of BELENIOS-2048");
      return;
    }
    // 1 is the group's neutral element: it parses, and a later check fails
    switch (place) {
      case "ballot alpha" -> assertInvalid(bel, 1, "Ballot", "Ballots: signature");
      case "election public key" -> assertInvalid(bel, 0, "Setup", "Setup: public key");
      case "public credential" -> {
        Verdict v = (Verdict) outcome(bel);
        assertThat(v.valid()).isFalse();
        assertThat(v.failure().eventType()).isEqualTo("Ballot");
        assertThat(v.failure().step()).isEqualTo("Ballots: credential");
      }
      default -> assertInvalid(bel, 5, "PartialDecryption", "Partial decryption of trustee 1",
          "does not verify");
    }
  }

  // ---- nesting and encoding ------------------------------------------------------------------

  @Test
  void deeplyNestedJson() {
    byte[] nested = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    assertFormat(replacePayload(EventType.Ballot, 1, nested), 2, "Ballot", "nesting deeper");
    assertFormat(editor().replaceData(setupHash("trustees"), nested).toBytes(), 0, "Setup",
        "nesting deeper");
    assertInvalid(editor().rawReplaceEvent(4, nested).toBytes(), -1, "chain", ChainCheck.EVENTS,
        "nesting deeper");
  }

  @Test
  void invalidUtf8() {
    byte[] election = editor().data(setupHash("election"));
    byte[] broken = patch(election, "Hội", new byte[] {'H', (byte) 0xC3, 0x28});
    assertFormat(editor().replaceData(setupHash("election"), broken).toBytes(), 0, "Setup",
        "not valid UTF-8");
    String ballotHash = editor().event(EventType.Ballot, 0).payload();
    byte[] ballot = editor().data(ballotHash);
    byte[] badBallot = patch(ballot, "\"election_uuid\":\"", "\"election_uuid\":\"\u00ff"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertFormat(editor().replaceData(ballotHash, badBallot).toBytes(), 1, "Ballot",
        "not valid UTF-8");
    assertInvalid(editor().rawReplaceEvent(2, new byte[] {'{', (byte) 0xFE, '}'}).toBytes(), -1,
        "chain", ChainCheck.EVENTS, "not valid UTF-8");
    byte[] bel = base.clone();
    bel[indexOf(bel, "\"timestamp\":\"".getBytes(StandardCharsets.US_ASCII)) + 13] = (byte) 0xFF;
    assertReaderRejects(bel, "bad BELENIOS header", "not valid UTF-8");
  }

  // ---- weights too large for a discrete logarithm -------------------------------------------

  /**
   * The weighted fixture with voter 3's weight raised from 2^30 to 2^50, and everything after
   * the ballots made again to match: a consistent archive whose counts are far beyond what a
   * discrete logarithm search can reach. Checking the announced result needs no logarithm, so
   * it must verify, with its result.
   */
  @Test
  void aConsistentArchiveWithAHugeTotalWeight() throws IOException {
    long big = 1L << 50;
    byte[] bel = reweightedFixture(big);
    Object o = outcome(bel);
    assertThat(o).isInstanceOf(Verdict.class);
    Verdict v = (Verdict) o;
    assertThat(v.valid()).as("%s", v.failure()).isTrue();
    assertThat(v.result()).isEqualTo(new ElectionResult(new long[][] {{3, big, 0}}));

    // and a wrong announcement is still caught
    byte[] wrong = ArchiveEditor.of(bel).editPayload(EventType.Result, 0,
        j -> set(j, Json.count(big - 1), "result", 0, 1)).toBytes();
    assertInvalid(wrong, 7, "Result", "Result", "[0][1]");
  }

  /** weighted-1q (votes 1 [1,0,0] w 1; 2 [1,0,0] w 2; 3 [0,1,0] w 2^30) with w3 = weight. */
  static byte[] reweightedFixture(long weight) throws IOException {
    Path fixture = FixturesTest.fixtures().resolve("weighted-1q");
    ArchiveEditor e = ArchiveEditor.of(Files.readAllBytes(FixturesTest.archiveOf(fixture)));
    String credentials = e.payload(EventType.Setup, 0).asObject().get("credentials").asString();
    e = e.editJson(credentials, list -> Json.array(list.asList(c -> Json.str(
        c.asString().replace(",1073741824", "," + weight)))))
        .cutAfterEvent(e.event(EventType.EndBallots).height());
    Json.JObject setup = e.payload(EventType.Setup, 0).asObject();
    Election election = ElectionJson.fromBytes(e.data(setup.get("election").asString()));
    Map<BigInteger, Long> weights = PublicCredentials.fromJson(
        e.json(setup.get("credentials").asString()), G).weights();
    List<Ballot> ballots = new ArrayList<>();
    for (Event ev : e.events()) {
      if (ev.type() == EventType.Ballot) {
        ballots.add(BallotJson.fromBytes(e.data(ev.payload()), G));
      }
    }
    List<Ballot> last = EncryptedTally.lastBallots(ballots);
    EncryptedTally tally = EncryptedTally.compute(election, last, weights);
    long total = last.stream().mapToLong(b -> weights.get(b.credential())).sum();
    byte[] sized = new SizedEncryptedTally(last.size(), total, Hash.hex(tally.toBytes()))
        .toBytes();
    BigInteger x = TrusteeFiles.readPrivkey(G, Files.readString(fixture.resolve(
        "trustees/trustee-1.privkey")));
    byte[] pd = Decryption.compute(G, tally.ciphertexts(), x, election.fingerprint()).write()
        .getBytes(StandardCharsets.UTF_8);
    byte[] owned = JsonWriter.writeBytes(Json.obj("owner", Json.integer(1),
        "payload", Json.str(Hash.hex(pd))));
    byte[] result = new ElectionResult(new long[][] {{3, weight, 0}}).toBytes();
    int next = e.events().size();
    return e.insertEvent(next, EventType.EncryptedTally, tally.toBytes(), sized)
        .insertEvent(next + 1, EventType.PartialDecryption, pd, owned)
        .insertEvent(next + 2, EventType.Result, result).toBytes();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String setupHash(String field) {
    return editor().payload(EventType.Setup, 0).asObject().get(field).asString();
  }

  private static byte[] editSetup(String field, UnaryOperator<Json> edit) {
    return editor().editJson(setupHash(field), edit).toBytes();
  }

  private static byte[] editPartialDecryption(UnaryOperator<Json> edit) {
    ArchiveEditor e = editor();
    String pd = e.payload(EventType.PartialDecryption, 0).asObject().get("payload").asString();
    return e.editJson(pd, edit).toBytes();
  }

  private static byte[] replacePayload(EventType type, int nth, byte[] content) {
    return editor().replaceData(editor().event(type, nth).payload(), content).toBytes();
  }

  private static byte[] patch(byte[] in, String find, byte[] replacement) {
    int at = indexOf(in, find.getBytes(StandardCharsets.UTF_8));
    int len = find.getBytes(StandardCharsets.UTF_8).length;
    byte[] out = new byte[in.length - len + replacement.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(replacement, 0, out, at, replacement.length);
    System.arraycopy(in, at + len, out, at + replacement.length, in.length - at - len);
    return out;
  }

  private static int indexOf(byte[] in, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= in.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return fail("not found: " + new String(what, StandardCharsets.ISO_8859_1));
  }
}
