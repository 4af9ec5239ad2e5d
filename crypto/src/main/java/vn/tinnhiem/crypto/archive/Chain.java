package vn.tinnhiem.crypto.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;

/**
 * Walks an archive's members in file order and checks the event chain of specification 4.4.
 *
 * <ul>
 *   <li>every event is valid, canonical event JSON (belenios-tool re-serialises events and
 *       compares the bytes);
 *   <li>the first event is at height 0 without parent; each next one names the previous event's
 *       hash as parent and has the next height;
 *   <li>the types follow {@code Setup, Ballot*, EndBallots, EncryptedTally, (Shuffle*
 *       EndShuffles)?, PartialDecryption*, Result}, stopping anywhere;
 *   <li>only {@code EndBallots} and {@code EndShuffles} have no payload;
 *   <li>the data members since the previous event are exactly what the event needs, in the order
 *       belenios-tool writes them: the payload last, preceded by the data the payload names
 *       (Setup: election, trustees, credentials; EncryptedTally: the encrypted tally; Shuffle and
 *       PartialDecryption: the owned item). belenios-tool verifies an archive by rebuilding it
 *       from the last event in that order and comparing bytes, so it rejects unreferenced or
 *       reordered data, and end-of-archive zero blocks.
 * </ul>
 *
 * <p>Feed members with {@link #accept(Member)} (constant memory apart from the data since the
 * last event) and close with {@link #finish(int)}; or use the static {@code check} methods.
 * Election content (proofs, ballots, result) is not checked here.
 */
public final class Chain {
  private final List<Member> pending = new ArrayList<>();
  private String lastHash;
  private int lastHeight = -1;
  private EventType lastType;
  private int events;
  private int dataMembers;

  /** Reads and checks a whole file, streaming. Format errors still throw. */
  public static ChainCheck check(Path file) throws IOException {
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      return check(reader);
    }
  }

  /** Checks the reader's remaining members, streaming. */
  public static ChainCheck check(ArchiveReader reader) throws IOException {
    Chain chain = new Chain();
    for (Member m = reader.next(); m != null; m = reader.next()) {
      Optional<ChainCheck.Fail> fail = chain.accept(m);
      if (fail.isPresent()) {
        return fail.get();
      }
    }
    return chain.finish(reader.trailingZeroBlocks());
  }

  public static ChainCheck check(Archive archive) {
    Chain chain = new Chain();
    for (Member m : archive.members()) {
      Optional<ChainCheck.Fail> fail = chain.accept(m);
      if (fail.isPresent()) {
        return fail.get();
      }
    }
    return chain.finish(archive.trailingZeroBlocks());
  }

  /**
   * Takes the next member. Data is held until the event that uses it; an event is checked
   * against the chain so far. On failure nothing changes, so a writer may try another event.
   */
  public Optional<ChainCheck.Fail> accept(Member m) {
    if (m.kind() == MemberKind.DATA) {
      pending.add(m);
      dataMembers++;
      return Optional.empty();
    }
    Event e;
    try {
      e = Event.parse(m.raw());
    } catch (JsonFormatException ex) {
      return fail(ChainCheck.EVENTS, m, -1, "not a valid event: " + ex.getMessage());
    }
    Optional<ChainCheck.Fail> fail = checkEvent(m, e);
    if (fail.isEmpty()) {
      lastHash = m.hash();
      lastHeight = e.height();
      lastType = e.type();
      events++;
      pending.clear();
    }
    return fail;
  }

  /** The verdict once every member was accepted; zero blocks come from the reader. */
  public ChainCheck finish(int trailingZeroBlocks) {
    if (events == 0) {
      return new ChainCheck.Fail(ChainCheck.EVENTS, -1, -1, -1, "the archive has no event");
    }
    if (!pending.isEmpty()) {
      Member p = pending.get(0);
      return new ChainCheck.Fail(ChainCheck.LAYOUT, p.index(), p.offset(), -1, "data member "
          + p.hash() + " after the last event is not referenced by any event");
    }
    if (trailingZeroBlocks > 0) {
      return new ChainCheck.Fail(ChainCheck.LAYOUT, -1, -1, -1, trailingZeroBlocks
          + " end-of-archive zero block(s) after the last member: belenios-tool never writes"
          + " them and rejects them");
    }
    return new ChainCheck.Pass(events, dataMembers, lastHash, lastType);
  }

  public ChainCheck finish() {
    return finish(0);
  }

  /** Hash of the last accepted event: the next event's parent. */
  public Optional<String> lastEventHash() {
    return Optional.ofNullable(lastHash);
  }

  public Optional<EventType> lastType() {
    return Optional.ofNullable(lastType);
  }

  /** Height the next event must have. */
  public int nextHeight() {
    return lastHeight + 1;
  }

  /** Data members accepted since the last event. */
  public int pendingData() {
    return pending.size();
  }

  /** Forgets the last {@code n} data members, which a writer decided not to write. */
  void dropPending(int n) {
    if (n < 0 || n > pending.size()) {
      throw new IllegalArgumentException("cannot drop " + n + " of " + pending.size());
    }
    pending.subList(pending.size() - n, pending.size()).clear();
    dataMembers -= n;
  }

  /** Event types allowed after {@code last} (null: before the first event). */
  public static Set<EventType> allowedAfter(EventType last) {
    if (last == null) {
      return EnumSet.of(EventType.Setup);
    }
    return switch (last) {
      case Setup, Ballot -> EnumSet.of(EventType.Ballot, EventType.EndBallots);
      case EndBallots -> EnumSet.of(EventType.EncryptedTally);
      case EncryptedTally -> EnumSet.of(EventType.Shuffle, EventType.EndShuffles,
          EventType.PartialDecryption, EventType.Result);
      case Shuffle -> EnumSet.of(EventType.Shuffle, EventType.EndShuffles);
      case EndShuffles, PartialDecryption ->
          EnumSet.of(EventType.PartialDecryption, EventType.Result);
      case Result -> EnumSet.noneOf(EventType.class);
    };
  }

  private Optional<ChainCheck.Fail> checkEvent(Member m, Event e) {
    int h = e.height();
    if (!Arrays.equals(e.toJson(), m.raw())) {
      return fail(ChainCheck.EVENTS, m, h, "event JSON is not canonical; belenios-tool would"
          + " write " + new String(e.toJson(), java.nio.charset.StandardCharsets.UTF_8));
    }
    if (lastHash == null) {
      if (e.parent() != null) {
        return fail(ChainCheck.LINKS, m, h, "the first event has a parent " + e.parent());
      }
      if (h != 0) {
        return fail(ChainCheck.LINKS, m, h, "the first event has height " + h + ", expected 0");
      }
    } else {
      if (!lastHash.equals(e.parent())) {
        return fail(ChainCheck.LINKS, m, h, "parent is " + e.parent()
            + " but the previous event hashes to " + lastHash);
      }
      if (h != lastHeight + 1) {
        return fail(ChainCheck.LINKS, m, h, "height is " + h + ", expected " + (lastHeight + 1));
      }
    }
    Set<EventType> allowed = allowedAfter(lastType);
    if (!allowed.contains(e.type())) {
      return fail(ChainCheck.SEQUENCE, m, h, e.type() + " cannot follow "
          + (lastType == null ? "the archive header" : lastType)
          + (allowed.isEmpty() ? ": nothing may follow Result" : "; expected one of " + allowed));
    }
    return checkPayload(m, e);
  }

  /** One data member an event needs, with a name for messages. */
  private record Need(String label, String hash) {}

  private Optional<ChainCheck.Fail> checkPayload(Member m, Event e) {
    int h = e.height();
    EventType type = e.type();
    if (!type.hasPayload()) {
      if (e.payload() != null) {
        return fail(ChainCheck.PAYLOADS, m, h, "a " + type + " event has no payload, found "
            + e.payload());
      }
      return checkData(m, e, List.of());
    }
    if (e.payload() == null) {
      return fail(ChainCheck.PAYLOADS, m, h, "a " + type + " event needs a payload");
    }
    Member payload = pending.isEmpty() ? null : pending.get(pending.size() - 1);
    if (payload == null || !payload.hash().equals(e.payload())) {
      boolean elsewhere = pending.stream().anyMatch(p -> p.hash().equals(e.payload()));
      return fail(ChainCheck.PAYLOADS, m, h, "payload " + e.payload() + (elsewhere
          ? " is not the data member just before the event, where belenios-tool writes it"
          : " is not among the data members written since the previous event"));
    }
    List<Need> needs = new ArrayList<>();
    try {
      switch (type) {
        case Setup -> {
          Json.JObject o = JsonParser.parse(payload.raw()).asObject();
          needs.add(new Need("election", hashField(o, "election")));
          needs.add(new Need("trustees", hashField(o, "trustees")));
          needs.add(new Need("credentials", hashField(o, "credentials")));
        }
        case EncryptedTally -> needs.add(new Need("encrypted tally",
            hashField(JsonParser.parse(payload.raw()).asObject(), "encrypted_tally")));
        case Shuffle, PartialDecryption -> needs.add(new Need(
            type == EventType.Shuffle ? "shuffle" : "partial decryption",
            hashField(JsonParser.parse(payload.raw()).asObject(), "payload")));
        default -> { }
      }
    } catch (JsonFormatException ex) {
      return fail(ChainCheck.PAYLOADS, payload, -1, "the " + payloadLabel(type)
          + " payload of the event at height " + h + " is not valid: " + ex.getMessage());
    }
    needs.add(new Need(payloadLabel(type), e.payload()));
    return checkData(m, e, needs);
  }

  /** The data since the previous event must be exactly {@code needs}, in order. */
  private Optional<ChainCheck.Fail> checkData(Member m, Event e, List<Need> needs) {
    int h = e.height();
    for (Need n : needs) {
      if (pending.stream().noneMatch(p -> p.hash().equals(n.hash()))) {
        return fail(ChainCheck.PAYLOADS, m, h, "the " + n.label() + " " + n.hash() + " named by"
            + " the " + payloadLabel(e.type()) + " is not among the data members written since"
            + " the previous event");
      }
    }
    for (Member p : pending) {
      if (needs.stream().noneMatch(n -> n.hash().equals(p.hash()))) {
        return fail(ChainCheck.LAYOUT, p, -1, "data member " + p.hash() + " is not referenced"
            + " by the " + e.type() + " event at height " + h + " that follows it");
      }
    }
    boolean inOrder = pending.size() == needs.size();
    for (int i = 0; inOrder && i < needs.size(); i++) {
      inOrder = pending.get(i).hash().equals(needs.get(i).hash());
    }
    if (!inOrder) {
      List<String> found = pending.stream().map(p -> needs.stream()
          .filter(n -> n.hash().equals(p.hash())).findFirst().orElseThrow().label()).toList();
      return fail(ChainCheck.LAYOUT, m, h, "the data before a " + e.type() + " event must be "
          + needs.stream().map(Need::label).toList() + " in that order, found " + found);
    }
    return Optional.empty();
  }

  private static String hashField(Json.JObject o, String key) {
    String s = o.get(key).asString();
    if (!Event.isHexHash(s)) {
      throw new JsonFormatException("\"" + key + "\" is not a lower-case hex SHA-256");
    }
    return s;
  }

  private static String payloadLabel(EventType type) {
    return switch (type) {
      case Setup -> "setup data";
      case Ballot -> "ballot";
      case EncryptedTally -> "sized encrypted tally";
      case Shuffle -> "owned shuffle";
      case PartialDecryption -> "owned partial decryption";
      case Result -> "result";
      case EndBallots, EndShuffles -> "event";
    };
  }

  private static Optional<ChainCheck.Fail> fail(String step, Member m, int height, String why) {
    return Optional.of(new ChainCheck.Fail(step, m.index(), m.offset(), height, why));
  }
}
