package vn.tinnhiem.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tinnhiem.crypto.driver.ElectionDriver;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.verify.Progress;

/**
 * {@code tinnhiem demo-election}: a complete random confidence vote written as a Belenios
 * archive by our own code, with placeholder people.
 */
@Command(name = "demo-election", mixinStandardHelpOptions = true,
    description = "Write a complete random election archive made by tinnhiem's own code.")
final class DemoElectionCommand implements Callable<Integer> {
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng",
      "Bùi", "Đỗ", "Hồ"};
  private static final String[] POSITION = {"Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ"};
  static final List<String> LEVELS = List.of("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");

  @Option(names = "--voters", defaultValue = "10", description = "number of voters (default 10)")
  int voters;

  @Option(names = "--questions", defaultValue = "3",
      description = "number of people voted on (default 3)")
  int questions;

  @Option(names = "--threshold", defaultValue = "single",
      description = "K/N Pedersen trustees (e.g. 2/3), or single (default)")
  String threshold;

  @Option(names = "--group", defaultValue = "BELENIOS-2048",
      description = "BELENIOS-2048 (default) or RFC-3526-2048")
  String group;

  @Option(names = "--blank", description = "allow leaving a row blank")
  boolean blank;

  @Option(names = "--turnout", defaultValue = "100",
      description = "percentage of voters who cast a ballot (default 100)")
  int turnout;

  @Option(names = "--out", required = true, description = "the archive to write")
  Path out;

  @Option(names = "--quiet", description = "no progress on stderr")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (voters < 1 || voters > 100_000 || questions < 1 || questions > 500
        || turnout < 1 || turnout > 100) {
      spec.commandLine().getErr().println(
          "error: need 1..100000 voters, 1..500 questions and a turnout of 1..100");
      return ExitCodes.UNREADABLE;
    }
    TrusteeBoard.Shape shape = TrusteeBoard.Shape.parse(threshold);
    Progress progress = quiet ? Progress.NONE : new StderrProgress(spec.commandLine().getErr());
    SecureRandom random = new SecureRandom();
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < questions; i++) {
      String person = FAMILY[i % FAMILY.length] + " Văn " + (char) ('A' + i % 26)
          + (i >= 26 ? " " + (i / 26 + 1) : "");
      qs.add(new Question(LEVELS, blank ? Boolean.TRUE : null, 1, 1,
          person + " – " + POSITION[i % POSITION.length]));
    }
    ElectionDriver.Spec electionSpec = new ElectionDriver.Spec(
        "Hội nghị lấy phiếu tín nhiệm (demo)",
        "Dữ liệu mẫu do tinnhiem tạo ra / demo data made by tinnhiem", Group.byName(group), qs,
        voters, shape);
    List<Integer> who = new ArrayList<>();
    List<int[][]> what = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      if (random.nextInt(100) < turnout) {
        who.add(v);
        what.add(randomVote(qs, random));
      }
    }
    ElectionResult result;
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out,
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE))) {
      ElectionDriver driver = ElectionDriver.setUp(electionSpec, file, progress);
      driver.castAll(who, what, progress);
      List<Integer> decrypting = new ArrayList<>();
      int needed = shape.members() == 0 ? 1 : shape.threshold();
      for (int id = 1; id <= needed; id++) {
        decrypting.add(id);
      }
      result = driver.tallyAndDecrypt(decrypting);
    }
    spec.commandLine().getOut().println("wrote " + out + ": " + voters + " voters, "
        + who.size() + " ballots, " + questions + " questions; result " + result);
    return ExitCodes.OK;
  }

  /** Each row: one level, or blank now and then when allowed. */
  static int[][] randomVote(List<Question> qs, SecureRandom random) {
    int[][] vote = new int[qs.size()][];
    for (int i = 0; i < qs.size(); i++) {
      Question q = qs.get(i);
      vote[i] = new int[q.choiceCount()];
      if (q.allowsBlank() && random.nextInt(10) == 0) {
        vote[i][0] = 1;
      } else {
        vote[i][(q.allowsBlank() ? 1 : 0) + random.nextInt(q.answers().size())] = 1;
      }
    }
    return vote;
  }
}
