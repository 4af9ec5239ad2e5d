package vn.tinnhiem.server.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.ceremony.BoardRole;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.counting.PaperCounts;
import vn.tinnhiem.server.history.HistoryService;
import vn.tinnhiem.server.history.Person;
import vn.tinnhiem.server.history.SubjectLink;
import vn.tinnhiem.server.live.ProjectorLinks;
import vn.tinnhiem.server.news.NewsItem;
import vn.tinnhiem.server.news.NewsService;
import vn.tinnhiem.server.preparation.PreparationService;
import vn.tinnhiem.server.preparation.Viewer;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;

/**
 * The demo around the conference, after {@link DemoConference}: two earlier rounds (2024,
 * 2025) closed with sample counts, so that each person has a history; the demo conference
 * in preparation, with dossiers, a participant's question answered by the subject; a
 * published news item with a photo; and a projector link, printed with every start.
 * Seeded once per data folder; links and the subject's password are new at every start.
 */
@Component
@ConditionalOnBooleanProperty("tinnhiem.demo")
@Order(AroundDemo.ORDER)
class AroundDemo implements ApplicationRunner {

  /** After DemoConference (200). */
  static final int ORDER = 300;

  static final String SUBJECT_ACCOUNT = "subject";
  static final String PARTICIPANT_ACCOUNT = "participant";
  static final String BY = "secretary";
  private static final Logger log = LoggerFactory.getLogger(AroundDemo.class);

  /** An earlier round: its year, day, and per subject (in ballot order) high, confident, low. */
  record Round(int year, LocalDate heldOn, int[][] levels) {
    String title() {
      return "Hội nghị lấy phiếu tín nhiệm năm " + year + " (dữ liệu mẫu)";
    }
  }

  static final List<Round> ROUNDS = List.of(
      new Round(2024, LocalDate.of(2024, 12, 10),
          new int[][] {{6, 3, 0}, {4, 4, 1}, {3, 3, 3}, {2, 2, 5}, {5, 3, 1}}),
      new Round(2025, LocalDate.of(2025, 12, 9),
          new int[][] {{7, 2, 0}, {5, 3, 1}, {2, 3, 4}, {1, 2, 6}, {6, 2, 1}}));

  private final SessionService sessions;
  private final RollService roll;
  private final CountingBoardService boards;
  private final CountingService counting;
  private final HistoryService history;
  private final PreparationService preparation;
  private final NewsService news;
  private final ProjectorLinks projector;
  private final AccountService accounts;
  private final Environment environment;

  AroundDemo(SessionService sessions, RollService roll, CountingBoardService boards,
      CountingService counting, HistoryService history, PreparationService preparation,
      NewsService news, ProjectorLinks projector, AccountService accounts,
      Environment environment) {
    this.sessions = sessions;
    this.roll = roll;
    this.boards = boards;
    this.counting = counting;
    this.history = history;
    this.preparation = preparation;
    this.news = news;
    this.projector = projector;
    this.accounts = accounts;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    VoteSession current = find(DemoConference.TITLE).orElseThrow();
    String subjectPassword = accounts.issue(SUBJECT_ACCOUNT, Role.PARTICIPANT, "Trần Thị B");
    if (find(ROUNDS.get(0).title()).isEmpty()) {
      List<VoteSession> all = new ArrayList<>();
      for (Round round : ROUNDS) {
        all.add(closedRound(round));
      }
      all.add(current);
      linkPeople(all);
      history.allowReaders(EnumSet.of(Role.OBSERVER), BY);
      prepare(current);
      publishNews(all.get(1));
    }
    String token = projector.renew(current.id(), BY).orElseThrow();
    String url = "http://localhost:" + environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080"));
    long personB = history.links(current.id()).get(1).person().id();
    long newsId = news.published().stream().findFirst().map(NewsItem::id).orElse(0L);
    log.warn("""
        DEMO AROUND THE CONFERENCE
          projector (no sign-in; open it, then take the roll call as a site secretary):
            {}/projector/{}
          preparation (timeline, dossiers, questions):  {}/sessions/{}/preparation
            participants: {} (password above, Bùi Thị H, summoned member)
                          {}  {}  (Trần Thị B, person voted on)
          history of Trần Thị B over the rounds (secretary, admin, observer): {}/people/{}
          public news (no sign-in): {}/news/{}""",
        url, token, url, current.id(), PARTICIPANT_ACCOUNT, SUBJECT_ACCOUNT, subjectPassword,
        url, personB, url, newsId);
  }

  private Optional<VoteSession> find(String title) {
    return sessions.list().stream().filter(s -> s.details().title().equals(title)).findFirst();
  }

  /** An earlier round with the same people, run to the end with paper counts. */
  private VoteSession closedRound(Round round) {
    VoteSession s = sessions.create(new SessionDetails(round.title(),
        "Đảng ủy Trường Đại học Mẫu", round.heldOn(), "Hội trường A, " + DemoConference.HANOI,
        Preset.QD96, CountingBase.COLLECTED, InvalidityMode.PER_ROW, false), BY).orElseThrow();
    long id = s.id();
    Site hanoi = sessions.addSite(id, DemoConference.HANOI).orElseThrow();
    Site hcmc = sessions.addSite(id, DemoConference.HCMC).orElseThrow();
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < DemoConference.PEOPLE.size(); i++) {
      DemoConference.Person p = DemoConference.PEOPLE.get(i);
      Member m = sessions.addMember(id, p.hanoi() ? hanoi.id() : hcmc.id(), p.name(), p.unit())
          .orElseThrow();
      members.add(m);
      if (i < DemoConference.POSITIONS.size()) {
        sessions.addSubject(id, i + 1, p.name(), DemoConference.POSITIONS.get(i), m.id())
            .orElseThrow();
      }
    }
    sessions.open(id, BY).orElseThrow();
    for (Site site : List.of(hanoi, hcmc)) {
      Map<Long, Mark> marks = new java.util.HashMap<>();
      members.stream().filter(m -> m.siteId() == site.id())
          .forEach(m -> marks.put(m.id(), Mark.PRESENT));
      roll.mark(id, site.id(), marks, BY).orElseThrow();
    }
    boards.elect(id, members.get(6).id(), BoardRole.HEAD, BY).orElseThrow();
    boards.elect(id, members.get(7).id(), BoardRole.SECRETARY, BY).orElseThrow();
    boards.elect(id, members.get(8).id(), BoardRole.MEMBER, BY).orElseThrow();
    roll.openVoting(id, BY).orElseThrow();
    for (Site site : List.of(hanoi, hcmc)) {
      int here = (int) members.stream().filter(m -> m.siteId() == site.id()).count();
      counting.recordBallots(id, site.id(), here, here, BY).orElseThrow();
    }
    counting.startCounting(id, BY).orElseThrow();
    List<Subject> subjects = sessions.subjects(id);
    for (int i = 0; i < subjects.size(); i++) {
      int[] l = round.levels()[i];
      PaperCounts counts = new PaperCounts(l[0], l[1], l[2], 0, 0);
      // Double entry: two members of the board enter the same counts.
      for (String by : List.of("counting-board", DemoConference.SECOND_BOARD)) {
        counting.enterCounts(id, subjects.get(i).id(), counts, by).orElseThrow();
      }
    }
    counting.close(id, BY).orElseThrow();
    return sessions.find(id).orElseThrow();
  }

  /** The secretary's confirmations: the same five people in every round. */
  private void linkPeople(List<VoteSession> rounds) {
    List<SubjectLink> first = history.links(rounds.get(0).id());
    List<Person> people = new ArrayList<>();
    for (SubjectLink l : first) {
      people.add(history.newPerson(rounds.get(0).id(), l.subject().id(), BY).orElseThrow());
    }
    for (VoteSession s : rounds.subList(1, rounds.size())) {
      List<SubjectLink> links = history.links(s.id());
      for (int i = 0; i < links.size(); i++) {
        history.link(s.id(), links.get(i).subject().id(), people.get(i).id(), BY).orElseThrow();
      }
    }
  }

  /** Accounts for Bùi Thị H (member) and Trần Thị B (subject), dossiers, a question answered. */
  private void prepare(VoteSession current) {
    long id = current.id();
    List<Subject> subjects = sessions.subjects(id);
    Member buiThiH = sessions.members(id).stream()
        .filter(m -> m.fullName().equals("Bùi Thị H")).findFirst().orElseThrow();
    String memberLink = preparation.invite(id, buiThiH.id(), null, BY).orElseThrow();
    preparation.accept(memberLink, PARTICIPANT_ACCOUNT, null, null, null).orElseThrow();
    Subject tranThiB = subjects.get(1);
    String subjectLink = preparation.invite(id, null, tranThiB.id(), BY).orElseThrow();
    preparation.accept(subjectLink, SUBJECT_ACCOUNT, null, null, null).orElseThrow();

    Viewer organiser = new Viewer(BY, Role.SECRETARY, java.util.Set.of(), java.util.Set.of());
    for (Subject s : subjects.subList(0, 3)) {
      preparation.upload(id, s.id(), "bao-cao-tu-kiem-diem-" + (s.ordinal()) + ".pdf",
          pdf("Bao cao tu kiem diem (du lieu mau) - nguoi so " + s.ordinal()), organiser)
          .orElseThrow();
    }
    Viewer member = preparation.viewer(PARTICIPANT_ACCOUNT, Role.PARTICIPANT, id).orElseThrow();
    Viewer subject = preparation.viewer(SUBJECT_ACCOUNT, Role.PARTICIPANT, id).orElseThrow();
    var asked = preparation.ask(id, tranThiB.id(),
        "Đề nghị đồng chí làm rõ kết quả triển khai chương trình đào tạo năm 2026.", true,
        member).orElseThrow();
    preparation.answer(id, asked.id(),
        "Xin cảm ơn đồng chí. Chương trình đã triển khai ở ba khoa; báo cáo chi tiết ở mục 2 "
            + "của hồ sơ.", subject).orElseThrow();
    preparation.ask(id, subjects.get(0).id(),
        "Đồng chí cho biết kế hoạch khắc phục các hạn chế đã nêu trong báo cáo?", false,
        member).orElseThrow();
  }

  private void publishNews(VoteSession round) {
    NewsItem draft = news.draftFromSession(round.id(), BY, Locale.forLanguageTag("vi"))
        .orElseThrow();
    String body = draft.body().replace("Đồng chí [họ tên, chức vụ] chủ trì hội nghị.",
        "Đồng chí Nguyễn Văn A, Bí thư Đảng ủy, chủ trì hội nghị.");
    news.update(draft.id(), "Đảng ủy Trường Đại học Mẫu tổ chức hội nghị lấy phiếu tín nhiệm "
        + "năm 2025 (tin mẫu)", draft.date(), body,
        "Quang cảnh hội nghị tại Hội trường A (ảnh mẫu)").orElseThrow();
    news.setPhoto(draft.id(), photo()).orElseThrow();
    news.publish(draft.id(), true).orElseThrow();
  }

  /** A one-page PDF with one line of ASCII text, built by hand (offsets included). */
  static byte[] pdf(String line) {
    String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    String stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A drawn placeholder photo: a hall, rows of seats, a screen. */
  static byte[] photo() {
    BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0xF3E9D2), 0, 450, new Color(0xC9B28A)));
    g.fillRect(0, 0, 800, 450);
    g.setColor(new Color(0x8A1C1C));
    g.fillRect(250, 40, 300, 140);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    g.drawString("tinnhiem", 345, 118);
    g.setColor(new Color(0x3B3B45));
    for (int row = 0; row < 4; row++) {
      for (int seat = 0; seat < 12; seat++) {
        g.fillRoundRect(70 + seat * 56 + row * 6, 230 + row * 52, 40, 30, 8, 8);
      }
    }
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
