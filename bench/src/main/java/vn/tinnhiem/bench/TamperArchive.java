package vn.tinnhiem.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.BoardWriter;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.archive.Member;
import vn.tinnhiem.crypto.archive.MemberKind;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.tally.ElectionResult;

/**
 * Makes a wrong archive whose hash chain is still right, so that a verifier must find the
 * fault in the cryptography or the counting, not in the container. The archive is rewritten
 * member by member with one payload changed, and every later event re-chained.
 *
 * <ul>
 *   <li>{@code ballot}: the middle ballot's first ciphertext gets α·g instead of α (still a
 *       group element, so it parses; its signature and proofs no longer hold);
 *   <li>{@code result}: the first count of the announced result is one more than decrypted;
 *   <li>{@code none}: nothing changed (the output must equal the input byte for byte).
 * </ul>
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar vn.tinnhiem.bench.TamperArchive
 * ballot|result|none IN.bel OUT.bel}
 */
public final class TamperArchive {
  /** What to change. */
  public enum Kind { BALLOT, RESULT, NONE }

  private TamperArchive() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TamperArchive ballot|result|none IN.bel OUT.bel");
      System.exit(2);
    }
    Kind kind = Kind.valueOf(args[0].toUpperCase(Locale.ROOT));
    String what = rewrite(kind, Path.of(args[1]), Path.of(args[2]));
    System.out.println(what);
  }

  /** Writes the tampered copy of {@code in} to {@code out}; returns what was changed. */
  public static String rewrite(Kind kind, Path in, Path out) throws IOException {
    Archive archive = ArchiveReader.readAll(in);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
      return rewrite(kind, archive, os);
    }
  }

  static String rewrite(Kind kind, Archive archive, OutputStream out) throws IOException {
    List<Event> events = archive.events();
    int ballots = (int) events.stream().filter(e -> e.type() == EventType.Ballot).count();
    int targetBallot = ballots / 2; // 0-based index among Ballot events
    if (kind == Kind.BALLOT && ballots == 0) {
      throw new IllegalArgumentException("the archive has no ballot to tamper with");
    }
    if (kind == Kind.RESULT && events.stream().noneMatch(e -> e.type() == EventType.Result)) {
      throw new IllegalArgumentException("the archive has no result to tamper with");
    }
    BoardWriter board = BoardWriter.start(out, archive.header().timestamp());
    List<Member> pending = new ArrayList<>();
    Election election = null;
    int ballotIndex = 0;
    String changed = "nothing changed";
    for (Member m : archive.members()) {
      if (m.kind() == MemberKind.DATA) {
        pending.add(m);
        continue;
      }
      Event e = m.event();
      byte[] payload = null;
      for (Member d : pending) {
        if (d.hash().equals(e.payload())) {
          payload = d.bytes();
        } else {
          board.addData(d.bytes());
        }
      }
      pending.clear();
      if (e.payload() != null && payload == null) {
        throw new IllegalArgumentException("event at height " + e.height()
            + " refers to data that is not just before it; cannot rewrite");
      }
      if (e.type() == EventType.Setup) {
        String electionHash = JsonParser.parse(payload).asObject().get("election").asString();
        election = ElectionJson.fromBytes(archive.data(electionHash).orElseThrow());
      } else if (e.type() == EventType.Ballot) {
        if (kind == Kind.BALLOT && ballotIndex == targetBallot) {
          payload = tamperBallot(payload, election.group());
          changed = "ballot " + (ballotIndex + 1) + " of " + ballots + " (event height "
              + e.height() + "): first alpha multiplied by g";
        }
        ballotIndex++;
      } else if (e.type() == EventType.Result && kind == Kind.RESULT) {
        payload = tamperResult(payload);
        changed = "result (event height " + e.height() + "): first count plus one";
      }
      if (payload == null) {
        board.addEvent(e.type(), null);
      } else {
        board.addPayloadEvent(e.type(), payload);
      }
    }
    board.flush();
    return changed;
  }

  private static byte[] tamperBallot(byte[] bytes, Group group) {
    Ballot b = BallotJson.fromBytes(bytes, group);
    List<Ballot.Answer> answers = new ArrayList<>(b.answers());
    Ballot.Answer first = answers.get(0);
    List<Ciphertext> choices = new ArrayList<>(first.choices());
    Ciphertext c = choices.get(0);
    choices.set(0, new Ciphertext(group.mul(c.alpha(), group.g()), c.beta()));
    answers.set(0, new Ballot.Answer(choices, first.individualProofs(), first.overallProof(),
        first.blankProof()));
    return BallotJson.toBytes(new Ballot(b.electionUuid(), b.electionHash(), b.credential(),
        answers, b.signature()));
  }

  private static byte[] tamperResult(byte[] bytes) {
    long[][] counts = ElectionResult.fromJson(JsonParser.parse(bytes)).counts();
    counts[0][0]++;
    return new ElectionResult(counts).toBytes();
  }
}
