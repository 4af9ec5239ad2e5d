package vn.tinnhiem.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tinnhiem.crypto.driver.ElectionDriver;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Montgomery;
import vn.tinnhiem.crypto.verify.Progress;

/**
 * Elections and archives for the benchmarks, made by the project's own driver. The questions
 * have the confidence-vote shape: three answers, pick exactly one, no blank.
 */
final class Fixtures {
  static final List<String> LEVELS = List.of("high", "medium", "low");

  private Fixtures() {}

  /**
   * Chooses the arithmetic of this JVM (a JMH fork) before any group decides it: {@code fast}
   * needs the fork's --add-opens, {@code plain} forces BigInteger only.
   */
  static void useArithmetic(String arithmetic) {
    boolean plain = switch (arithmetic) {
      case "fast" -> false;
      case "plain" -> true;
      default -> throw new IllegalArgumentException("arithmetic is fast or plain: " + arithmetic);
    };
    System.setProperty(Montgomery.PLAIN_PROPERTY, Boolean.toString(plain));
    if ((Group.BELENIOS_2048.fast() == null) != plain) {
      throw new IllegalStateException("wanted " + arithmetic + " arithmetic, have "
          + Montgomery.describe());
    }
  }

  /** {@code n} three-answer questions, min 1, max 1, blank not allowed (field absent). */
  static List<Question> confidenceQuestions(int n) {
    List<Question> qs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      qs.add(new Question(LEVELS, null, 1, 1, "Person " + (i + 1)));
    }
    return qs;
  }

  /** One random level per question, in belenios-tool's 0/1 plaintext shape. */
  static int[][] randomVote(int questions, Random random) {
    int[][] vote = new int[questions][LEVELS.size()];
    for (int[] row : vote) {
      row[random.nextInt(row.length)] = 1;
    }
    return vote;
  }

  static ElectionDriver.Spec spec(Group group, int voters, int questions,
      TrusteeBoard.Shape trustees) {
    return new ElectionDriver.Spec("benchmark", "made by tinnhiem-bench", group,
        confidenceQuestions(questions), voters, trustees);
  }

  /** An election set up (credentials, trustees) with its Setup written to nowhere. */
  static ElectionDriver setUp(Group group, int voters, int questions,
      TrusteeBoard.Shape trustees) {
    return setUp(spec(group, voters, questions, trustees), OutputStream.nullOutputStream());
  }

  /**
   * A complete archive: every voter casts one random ballot, then the first {@code k} trustees
   * (or the single one) decrypt.
   */
  static byte[] archive(Group group, int voters, int questions, TrusteeBoard.Shape trustees,
      long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ElectionDriver driver = setUp(spec(group, voters, questions, trustees), out);
    Random random = new Random(seed);
    List<Integer> who = new ArrayList<>(voters);
    List<int[][]> what = new ArrayList<>(voters);
    for (int v = 0; v < voters; v++) {
      who.add(v);
      what.add(randomVote(questions, random));
    }
    int decrypting = trustees.members() == 0 ? 1 : trustees.threshold();
    List<Integer> ids = new ArrayList<>(decrypting);
    for (int id = 1; id <= decrypting; id++) {
      ids.add(id);
    }
    try {
      driver.castAll(who, what, Progress.NONE);
      driver.tallyAndDecrypt(ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static ElectionDriver setUp(ElectionDriver.Spec spec, OutputStream out) {
    try {
      return ElectionDriver.setUp(spec, out, Progress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
