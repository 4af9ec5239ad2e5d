package vn.tinnhiem.crypto.trustee;

/**
 * Internal early exit of a multi-part check; always turned into a {@link TrusteeCheck.Fail} at
 * the public boundary. No stack trace: it is control flow, not a bug.
 */
final class Rejection extends RuntimeException {
  final transient TrusteeCheck.Fail failure;

  Rejection(String step, String why) {
    super(step + ": " + why, null, false, false);
    this.failure = new TrusteeCheck.Fail(step, why);
  }
}
