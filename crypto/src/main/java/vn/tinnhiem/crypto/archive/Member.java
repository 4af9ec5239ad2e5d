package vn.tinnhiem.crypto.archive;

import java.util.Arrays;
import vn.tinnhiem.crypto.group.Hash;

/**
 * One hash-named member of an archive.
 *
 * <p>The constructor trusts {@code hash} (the reader has just checked it against the content;
 * tests build inconsistent members on purpose); {@link #of} computes it. The content is copied in
 * and out, so a member stays immutable.
 *
 * @param index position in the archive, counting the {@code BELENIOS} member as 0
 * @param offset byte offset of the member's tar header
 * @param kind data or event
 * @param hash lower-case hex SHA-256 of the content, the member's name without suffix
 * @param bytes the content
 */
public record Member(int index, long offset, MemberKind kind, String hash, byte[] bytes) {
  public Member {
    if (index < 1 || offset < 0) {
      throw new IllegalArgumentException("bad member position " + index + " / " + offset);
    }
    if (kind == null || bytes == null) {
      throw new NullPointerException("kind and bytes are required");
    }
    if (!Event.isHexHash(hash)) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + hash);
    }
    bytes = bytes.clone();
  }

  public static Member of(int index, long offset, MemberKind kind, byte[] content) {
    return new Member(index, offset, kind, Hash.hex(content), content);
  }

  /** The tar member name: hash and suffix. */
  public String name() {
    return hash + kind.suffix();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The content without a copy, for this package's readers that never modify it. */
  byte[] raw() {
    return bytes;
  }

  /** Parses an event member; throws {@link vn.tinnhiem.crypto.json.JsonFormatException}. */
  public Event event() {
    if (kind != MemberKind.EVENT) {
      throw new IllegalStateException(name() + " is not an event");
    }
    return Event.parse(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Member m && index == m.index && offset == m.offset && kind == m.kind
        && hash.equals(m.hash) && Arrays.equals(bytes, m.bytes);
  }

  @Override
  public int hashCode() {
    return hash.hashCode() * 31 + index;
  }

  @Override
  public String toString() {
    return "Member[#" + index + " at " + offset + ", " + name() + ", " + bytes.length + " bytes]";
  }
}
