package vn.tinnhiem.server.session;

import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds sessions for tests through {@link SessionService}, the way a
 * secretary would: two sites, members, subjects (placeholder names).
 */
public final class TestConferences {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String[] NAMES = {"Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "Phạm Thị D",
      "Hoàng Văn E", "Vũ Thị F", "Đặng Văn G", "Bùi Thị H", "Đỗ Văn I"};

  private TestConferences() {}

  /** A session as built: its sites, members (site by site) and subjects. */
  public record Conference(VoteSession session, Site hanoi, Site hcm, List<Member> members,
      List<Subject> subjects) {

    public long id() {
      return session.id();
    }

    public List<Member> at(Site site) {
      return members.stream().filter(m -> m.siteId() == site.id()).toList();
    }
  }

  public static SessionDetails details(Preset preset) {
    return new SessionDetails("Hội nghị thử " + COUNTER.incrementAndGet(), "Đảng ủy Trường Mẫu",
        LocalDate.of(2026, 11, 26), "Hà Nội", preset, preset.defaultBase(),
        InvalidityMode.PER_ROW, false);
  }

  /**
   * A DRAFT session with sites "Cơ sở Hà Nội" and "Cơ sở TP. Hồ Chí Minh",
   * {@code hanoi} and {@code hcm} members there, and {@code subjects} subjects
   * who are not members (so every member may join the counting board).
   */
  public static Conference draft(SessionService sessions, int hanoi, int hcm, int subjects) {
    return draft(sessions, details(Preset.QD96), hanoi, hcm, subjects);
  }

  public static Conference draft(SessionService sessions, SessionDetails details, int hanoi,
      int hcm, int subjects) {
    VoteSession session = sessions.create(details, "secretary-test").orElseThrow();
    long id = session.id();
    Site hn = sessions.addSite(id, "Cơ sở Hà Nội").orElseThrow();
    Site hcmc = sessions.addSite(id, "Cơ sở TP. Hồ Chí Minh").orElseThrow();
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < hanoi + hcm; i++) {
      Site site = i < hanoi ? hn : hcmc;
      members.add(sessions.addMember(id, site.id(), NAMES[i % NAMES.length],
          "Đơn vị " + (i + 1)).orElseThrow());
    }
    List<Subject> list = new ArrayList<>();
    for (int i = 0; i < subjects; i++) {
      list.add(sessions.addSubject(id, null, "Người được lấy phiếu " + (i + 1),
          i == 0 ? "Bí thư" : "Ủy viên Ban Thường vụ", null).orElseThrow());
    }
    return new Conference(session, hn, hcmc, members, list);
  }

  /** The same, opened: roll call running, set-up frozen. */
  public static Conference opened(SessionService sessions, int hanoi, int hcm, int subjects) {
    Conference c = draft(sessions, hanoi, hcm, subjects);
    VoteSession open = sessions.open(c.id(), "secretary-test").orElseThrow();
    return new Conference(open, c.hanoi(), c.hcm(), c.members(), c.subjects());
  }
}
