package vn.tinnhiem.crypto;

/**
 * The outcome of one verification step. {@code step} names the part of the specification that
 * was checked, so reports read like belenios-tool's.
 */
public sealed interface Check permits Check.Pass, Check.Fail {
  String step();

  default boolean passed() {
    return this instanceof Pass;
  }

  record Pass(String step) implements Check {}

  record Fail(String step, String why) implements Check {
    @Override
    public String toString() {
      return step + ": " + why;
    }
  }

  static Check pass(String step) {
    return new Pass(step);
  }

  static Check fail(String step, String why) {
    return new Fail(step, why);
  }
}
