package vn.tinnhiem.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tinnhiem.server.ceremony.BoardRole;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.roll.VotingOpening;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.TestConferences.Conference;

/** Steps of the conference for tests, through the services, as the staff would do them. */
public final class TestFlow {

  public static final String BY = "secretary-test";

  private TestFlow() {}

  /** Marks the first {@code present} members of the site present and the rest absent. */
  public static void roll(RollService roll, Conference c, Site site, int present) {
    List<Member> here = c.at(site);
    Map<Long, Mark> marks = new HashMap<>();
    for (int i = 0; i < here.size(); i++) {
      marks.put(here.get(i).id(), i < present ? Mark.PRESENT : Mark.ABSENT);
    }
    roll.mark(c.id(), site.id(), marks, BY).orElseThrow();
  }

  /** Elects the first {@code size} members (the fixture's subjects are not members), the first as head. */
  public static void electBoard(CountingBoardService boards, Conference c, int size) {
    for (int i = 0; i < size; i++) {
      boards.elect(c.id(), c.members().get(i).id(), i == 0 ? BoardRole.HEAD : BoardRole.MEMBER,
          BY).orElseThrow();
    }
  }

  /** Everybody present, a board of three, voting opened. */
  public static VotingOpening openVoting(RollService roll, CountingBoardService boards,
      Conference c) {
    roll(roll, c, c.hanoi(), c.at(c.hanoi()).size());
    roll(roll, c, c.hcm(), c.at(c.hcm()).size());
    electBoard(boards, c, Math.min(3, c.members().size()));
    return roll.openVoting(c.id(), BY).orElseThrow();
  }
}
