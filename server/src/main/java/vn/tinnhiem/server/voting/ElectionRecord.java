package vn.tinnhiem.server.voting;

import java.util.Objects;
import java.util.Optional;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Group;

/**
 * A session's election as stored: its parameters, state, the election and trustees exactly as
 * on the board once the key is fixed, and the board's head (next member, next height, last
 * event hash) that the next append continues from.
 */
record ElectionRecord(long sessionId, String uuid, Group group, int trusteeCount, int threshold,
    ElectionState state, byte[] electionJson, byte[] trusteesJson, String fingerprint,
    Long boardTimestamp, int nextSeq, int nextHeight, String lastEvent) {

  ElectionRecord {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(state, "state");
  }

  boolean pedersen() {
    return trusteeCount > 1;
  }

  /** The election once its key is fixed. */
  Optional<Election> election() {
    return electionJson == null ? Optional.empty()
        : Optional.of(ElectionJson.fromBytes(electionJson));
  }
}
