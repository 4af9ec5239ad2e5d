package vn.tinnhiem.crypto.archive;

/** The event types of specification section 4.4, named exactly as they appear in JSON. */
public enum EventType {
  Setup,
  Ballot,
  EndBallots,
  EncryptedTally,
  Shuffle,
  EndShuffles,
  PartialDecryption,
  Result;

  /** Whether events of this type carry a payload; only the two end markers do not. */
  public boolean hasPayload() {
    return this != EndBallots && this != EndShuffles;
  }

  /** The type with this JSON name, or empty. */
  public static java.util.Optional<EventType> fromJson(String name) {
    for (EventType t : values()) {
      if (t.name().equals(name)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
