package vn.tinnhiem.crypto.trustee;

import vn.tinnhiem.crypto.Check;

/**
 * Thrown by the ceremony's producing steps (polynomial, vinputs, voutput, threshold parameters,
 * combination) when their input fails a check of the specification; the matching
 * {@code check…} method answers the same question without throwing.
 */
public class TrusteeCheckException extends RuntimeException {
  private final Check.Fail failure;

  public TrusteeCheckException(Check.Fail failure) {
    super(failure.toString());
    this.failure = failure;
  }

  public Check.Fail failure() {
    return failure;
  }
}
