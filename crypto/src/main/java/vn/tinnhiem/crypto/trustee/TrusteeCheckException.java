package vn.tinnhiem.crypto.trustee;

/**
 * Thrown by the ceremony's producing steps (polynomial, vinputs, voutput, threshold parameters,
 * combination) when their input fails a check of the specification; the matching
 * {@code check…} method answers the same question without throwing.
 */
public class TrusteeCheckException extends RuntimeException {
  private final TrusteeCheck.Fail failure;

  public TrusteeCheckException(TrusteeCheck.Fail failure) {
    super(failure.toString());
    this.failure = failure;
  }

  public TrusteeCheck.Fail failure() {
    return failure;
  }
}
