package vn.tinnhiem.crypto.archive;

import vn.tinnhiem.crypto.json.JsonFormatException;

/**
 * A {@code .bel} file that is not a well-formed Belenios archive: bad tar header, truncation,
 * a member whose name is not the hash of its content. The message names the member and the byte
 * offset of its header.
 */
public class ArchiveFormatException extends JsonFormatException {
  private final int memberIndex;
  private final long offset;

  public ArchiveFormatException(int memberIndex, long offset, String message) {
    this(memberIndex, offset, message, null);
  }

  public ArchiveFormatException(int memberIndex, long offset, String message, Throwable cause) {
    super((memberIndex >= 0 ? "member #" + memberIndex + " at byte " : "at byte ") + offset
        + ": " + message, cause);
    this.memberIndex = memberIndex;
    this.offset = offset;
  }

  /** Position of the member in the archive (0 is the {@code BELENIOS} member), or -1. */
  public int memberIndex() {
    return memberIndex;
  }

  /** Byte offset of the member's tar header (or of the block where reading failed). */
  public long offset() {
    return offset;
  }
}
