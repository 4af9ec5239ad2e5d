package vn.tinnhiem.crypto.trustee;

import vn.tinnhiem.crypto.Check;

/**
 * Internal early exit of a multi-part check; always turned into a {@link Check.Fail} at
 * the public boundary. No stack trace: it is control flow, not a bug.
 */
final class Rejection extends RuntimeException {
  final transient Check.Fail failure;

  Rejection(String step, String why) {
    super(step + ": " + why, null, false, false);
    this.failure = new Check.Fail(step, why);
  }
}
