package vn.tinnhiem.server.demo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.tally.Preset;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.ConferenceTime;

/**
 * Seeds the demo conference once (kept across restarts of the same data
 * folder), ties one site-secretary account to each site, and prints where to
 * start and how to sign in. Runs after the demo accounts exist.
 */
@Component
@ConditionalOnBooleanProperty("tinnhiem.demo")
@Order(DemoConference.ORDER)
class DemoConference implements ApplicationRunner {

  /** After DemoAccounts (100) and the first-start administrator (110). */
  static final int ORDER = 200;

  static final String TITLE = "Hội nghị lấy phiếu tín nhiệm năm 2026 (dữ liệu mẫu)";
  static final String HANOI = "Cơ sở Hà Nội";
  static final String HCMC = "Cơ sở TP. Hồ Chí Minh";
  /** Made by DemoAccounts; tied to Hà Nội. */
  static final String HANOI_SECRETARY = "site-secretary";
  /** Made here; tied to TP. Hồ Chí Minh. */
  static final String HCMC_SECRETARY = "site-secretary-hcm";
  /** Made here: paper counts are entered by two members of the board. */
  static final String SECOND_BOARD = "counting-board-2";

  record Person(String name, String unit, boolean hanoi) {}

  static final List<Person> PEOPLE = List.of(
      new Person("Nguyễn Văn A", "Văn phòng Đảng ủy", true),
      new Person("Trần Thị B", "Khoa Toán", true),
      new Person("Lê Văn C", "Khoa Vật lý", true),
      new Person("Phạm Thị D", "Khoa Hóa học", true),
      new Person("Hoàng Văn E", "Phòng Đào tạo", true),
      new Person("Vũ Thị F", "Khoa Ngữ văn", false),
      new Person("Đặng Văn G", "Khoa Lịch sử", false),
      new Person("Bùi Thị H", "Khoa Địa lý", false),
      new Person("Đỗ Văn I", "Phòng Tổ chức cán bộ", false));

  /** The first five people, in ballot order. */
  static final List<String> POSITIONS = List.of("Bí thư Đảng ủy", "Phó Bí thư Đảng ủy",
      "Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ");

  private static final Logger log = LoggerFactory.getLogger(DemoConference.class);

  private final SessionService sessions;
  private final AccountService accounts;
  private final Environment environment;
  private final ConferenceTime time;
  private final Clock clock;

  DemoConference(SessionService sessions, AccountService accounts, Environment environment,
      ConferenceTime time, Clock clock) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.environment = environment;
    this.time = time;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    String hcmPassword = accounts.issue(HCMC_SECRETARY, Role.SITE_SECRETARY, "Vũ Thị F");
    String boardPassword = accounts.issue(SECOND_BOARD, Role.COUNTING_BOARD, "Bùi Thị H");
    VoteSession session = existing().orElseGet(this::create);
    String url = "http://localhost:" + environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080"));
    log.warn("""
        DEMO CONFERENCE "{}"
          open {}/ and sign in with a demo account; this conference is at {}/sessions/{}
          site secretaries (each sees only their own site):
          {}
          {}
          second counting-board member (paper counts are entered twice, by two people):
          {}""",
        session.details().title(), url, url, session.id(),
        String.format("  %-18s %-12s  (%s, Lê Văn C)", HANOI_SECRETARY, "(see above)", HANOI),
        String.format("  %-18s %-12s  (%s, Vũ Thị F)", HCMC_SECRETARY, hcmPassword, HCMC),
        String.format("  %-18s %-12s  (Bùi Thị H)", SECOND_BOARD, boardPassword));
  }

  private Optional<VoteSession> existing() {
    return sessions.list().stream().filter(s -> s.details().title().equals(TITLE)).findFirst();
  }

  private VoteSession create() {
    VoteSession session = sessions.create(new SessionDetails(TITLE,
        "Đảng ủy Trường Đại học Mẫu", time.today(clock), "Hội trường A, " + HANOI,
        Preset.QD96, CountingBase.COLLECTED, InvalidityMode.PER_ROW, false), "secretary")
        .orElseThrow();
    long id = session.id();
    Site hanoi = sessions.addSite(id, HANOI).orElseThrow();
    Site hcmc = sessions.addSite(id, HCMC).orElseThrow();
    for (int i = 0; i < PEOPLE.size(); i++) {
      Person p = PEOPLE.get(i);
      Member m = sessions.addMember(id, p.hanoi() ? hanoi.id() : hcmc.id(), p.name(), p.unit())
          .orElseThrow();
      if (i < POSITIONS.size()) {
        sessions.addSubject(id, i + 1, p.name(), POSITIONS.get(i), m.id()).orElseThrow();
      }
    }
    sessions.assignSiteSecretary(id, hanoi.id(), HANOI_SECRETARY, null, "secretary")
        .orElseThrow();
    sessions.assignSiteSecretary(id, hcmc.id(), HCMC_SECRETARY, null, "secretary")
        .orElseThrow();
    return session;
  }
}
