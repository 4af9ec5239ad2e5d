package vn.tinnhiem.crypto.archive;

/**
 * The verdict of {@link Chain} on an archive's events. A failure names the spec step, the member
 * (index and byte offset of its tar header) and the event height where it applies.
 */
public sealed interface ChainCheck permits ChainCheck.Pass, ChainCheck.Fail {
  String EVENTS = "Archive: events";
  String LINKS = "Archive: hash chain";
  String SEQUENCE = "Archive: event sequence";
  String PAYLOADS = "Archive: payloads";
  String LAYOUT = "Archive: layout";

  String step();

  default boolean passed() {
    return this instanceof Pass;
  }

  /**
   * @param events number of events
   * @param dataMembers number of data members
   * @param lastEventHash hash of the last event, the head of the chain
   * @param lastType type of the last event; {@code Result} when the election is over
   */
  record Pass(int events, int dataMembers, String lastEventHash, EventType lastType)
      implements ChainCheck {
    @Override
    public String step() {
      return "Archive";
    }

    /** Whether the board reached its final {@code Result} event. */
    public boolean complete() {
      return lastType == EventType.Result;
    }
  }

  /**
   * @param memberIndex the member at fault (0 is the {@code BELENIOS} member), or -1 for the
   *     archive as a whole
   * @param offset byte offset of that member's tar header, or -1
   * @param height the event height concerned, or -1
   */
  record Fail(String step, int memberIndex, long offset, int height, String why)
      implements ChainCheck {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(step).append(": ");
      if (memberIndex >= 0) {
        s.append("member #").append(memberIndex).append(" at byte ").append(offset);
        if (height >= 0) {
          s.append(" (height ").append(height).append(')');
        }
        s.append(": ");
      } else if (height >= 0) {
        s.append("height ").append(height).append(": ");
      }
      return s.append(why).toString();
    }
  }
}
