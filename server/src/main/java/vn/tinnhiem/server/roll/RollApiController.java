package vn.tinnhiem.server.roll;

import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.roll.RollForms.CountForm;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Problems;

/**
 * Roll-call totals as JSON, for the live totals on the roll pages and the
 * projector; and a site's bare present count. Errors are problem+json.
 */
@RestController
@RequestMapping("/api/sessions/{id}/roll")
class RollApiController {

  /** A site's totals. */
  record SiteTotals(long siteId, String name, int summoned, int present, int absent,
      int excused, int unmarked, boolean counted) {

    static SiteTotals of(SiteRoll r) {
      return new SiteTotals(r.site().id(), r.site().name(), r.summoned(), r.present(),
          r.absent(), r.excused(), r.unmarked(), r.counted());
    }
  }

  /**
   * Totals over all sites and the quorum gate.
   *
   * @param required       the fewest present that reach the quorum
   * @param quorumReached  {@code 3 × present ≥ 2 × summoned}
   * @param votingOpenedAt when voting opened, or {@code null}
   */
  record RollTotals(long sessionId, String status, int summoned, int present, int required,
      boolean quorumReached, OffsetDateTime votingOpenedAt, List<SiteTotals> sites) {}

  private final RollService roll;
  private final SessionAccess access;
  private final Problems problems;

  RollApiController(RollService roll, SessionAccess access, Problems problems) {
    this.roll = roll;
    this.access = access;
    this.problems = problems;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  RollTotals totals(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    VoteSession session = access.readable(user, id);
    RollCall call = roll.rollCall(id);
    Quorum quorum = call.quorum();
    return new RollTotals(id, session.status().name(), quorum.summoned(), quorum.present(),
        quorum.required(), quorum.reached(),
        roll.opening(id).map(VotingOpening::openedAt).orElse(null),
        call.sites().stream().map(SiteTotals::of).toList());
  }

  @PutMapping("/sites/{siteId}/present")
  @PreAuthorize(Access.ROLL)
  ResponseEntity<?> count(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, @Valid @RequestBody CountForm body) {
    access.readable(user, id);
    access.requireSite(user, id, siteId);
    Outcome<SiteRoll> outcome = roll.count(id, siteId, body.getPresent(), user.getUsername());
    if (outcome instanceof Outcome.Refused<SiteRoll> refused) {
      return problems.of(refused);
    }
    return ResponseEntity.ok(SiteTotals.of(outcome.orElseThrow()));
  }
}
