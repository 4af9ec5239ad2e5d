package vn.tinnhiem.crypto.trustee;

/**
 * The answer of a check: passed, or failed with the step (named after the specification) and the
 * reason, so that reports read like belenios-tool's.
 */
public sealed interface TrusteeCheck permits TrusteeCheck.Pass, TrusteeCheck.Fail {

  record Pass(String step) implements TrusteeCheck {}

  record Fail(String step, String why) implements TrusteeCheck {
    @Override
    public String toString() {
      return step + ": " + why;
    }
  }

  static TrusteeCheck pass(String step) {
    return new Pass(step);
  }

  static TrusteeCheck fail(String step, String why) {
    return new Fail(step, why);
  }

  default boolean ok() {
    return this instanceof Pass;
  }

  /** Throws {@link TrusteeCheckException} when failed; producers use it before they compute. */
  default void orThrow() {
    if (this instanceof Fail f) {
      throw new TrusteeCheckException(f);
    }
  }
}
