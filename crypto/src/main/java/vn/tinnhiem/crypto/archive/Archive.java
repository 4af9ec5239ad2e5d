package vn.tinnhiem.crypto.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole public board in memory: the header, the members in file order and an index from hash
 * to member. Reading checks the format only; run {@link Chain#check(Archive)} for the events.
 */
public final class Archive {
  private final ArchiveHeader header;
  private final List<Member> members;
  private final int trailingZeroBlocks;
  private final Map<String, Member> byHash;

  /**
   * @param members in file order, without the {@code BELENIOS} member
   * @param trailingZeroBlocks end-of-archive zero blocks seen after the last member
   */
  public Archive(ArchiveHeader header, List<Member> members, int trailingZeroBlocks) {
    if (header == null) {
      throw new NullPointerException("header");
    }
    if (trailingZeroBlocks < 0) {
      throw new IllegalArgumentException("trailingZeroBlocks < 0");
    }
    this.header = header;
    this.members = List.copyOf(members);
    this.trailingZeroBlocks = trailingZeroBlocks;
    Map<String, Member> index = new HashMap<>();
    for (Member m : this.members) {
      index.putIfAbsent(m.hash(), m); // the first copy is the one readers meet first
    }
    this.byHash = Collections.unmodifiableMap(index);
  }

  public ArchiveHeader header() {
    return header;
  }

  /** Members in file order, without the {@code BELENIOS} member. */
  public List<Member> members() {
    return members;
  }

  public int trailingZeroBlocks() {
    return trailingZeroBlocks;
  }

  /** The first member with this hash, data or event. */
  public Optional<Member> member(String hash) {
    return Optional.ofNullable(byHash.get(hash));
  }

  /** The content of the data member with this hash. */
  public Optional<byte[]> data(String hash) {
    Member m = byHash.get(hash);
    return m != null && m.kind() == MemberKind.DATA ? Optional.of(m.bytes()) : Optional.empty();
  }

  /** The event members in file order. */
  public List<Member> eventMembers() {
    List<Member> events = new ArrayList<>();
    for (Member m : members) {
      if (m.kind() == MemberKind.EVENT) {
        events.add(m);
      }
    }
    return events;
  }

  /** The parsed events in file order; throws if one is not valid event JSON. */
  public List<Event> events() {
    return eventMembers().stream().map(Member::event).toList();
  }

  @Override
  public String toString() {
    return "Archive[" + header + ", " + members.size() + " members]";
  }
}
