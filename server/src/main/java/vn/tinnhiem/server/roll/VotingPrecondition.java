package vn.tinnhiem.server.roll;

import java.util.List;
import vn.tinnhiem.server.system.Refusal;

/**
 * A condition another feature sets for opening the vote, besides the quorum
 * (e.g. the counting board must be elected). Beans of this type are asked,
 * under the session's lock, when voting is about to open.
 */
public interface VotingPrecondition {

  /** Why voting cannot open yet; empty when this condition holds. */
  List<Refusal> check(long sessionId);
}
