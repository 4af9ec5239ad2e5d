package vn.tinnhiem.server.voting;

import java.util.List;

/**
 * What one trustee's page needs to know: who they are in the ceremony, the step they are at,
 * and the public messages that step works on (JSON texts, null when not yet there).
 */
record TrusteeState(long sessionId, int index, int trustees, int threshold, String group,
    String uuid, String mode, String step, List<String> certificates, String vinput,
    String voutput, String fingerprint, String publicKey) {

  TrusteeState {
    certificates = certificates == null ? null : List.copyOf(certificates);
  }
}
