package vn.tinnhiem.crypto.archive;

import static vn.tinnhiem.crypto.archive.TarFormat.BLOCK;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the raw members of a belenios-tool tar one at a time, checking every header byte
 * against the only dialect belenios-tool writes. Never holds more than one member; a declared
 * size is checked against the cap (and the file length, when known) before anything is read.
 */
final class TarReader {
  /** A raw member: its position, name, mtime and content. */
  record Entry(int index, long offset, String name, long mtime, byte[] content) {}

  private final InputStream in;
  private final long length;
  private final int maxMemberSize;
  private final byte[] block = new byte[BLOCK];
  private long position;
  private int index;
  private int zeroBlocks;
  private boolean ended;

  /**
   * @param length the file's length when known (lets a huge declared size fail before reading),
   *     or -1
   */
  TarReader(InputStream in, long length, int maxMemberSize) {
    if (maxMemberSize < 0) {
      throw new IllegalArgumentException("maxMemberSize < 0");
    }
    this.in = in;
    this.length = length;
    this.maxMemberSize = maxMemberSize;
  }

  /** Byte offset of the next block to read. */
  long position() {
    return position;
  }

  /** Index the next member will have. */
  int nextIndex() {
    return index;
  }

  /** Zero blocks found at the end; belenios-tool never writes them. */
  int zeroBlocks() {
    return zeroBlocks;
  }

  /** The next member, or null at the end of the file or at end-of-archive zero blocks. */
  Entry next() throws IOException {
    if (ended) {
      return null;
    }
    long offset = position;
    int n = readBlock();
    if (n == 0) {
      ended = true;
      return null;
    }
    if (n < BLOCK) {
      throw error(offset, "file ends inside a tar header (" + n + " of 512 bytes)");
    }
    if (isZero(block, 0, BLOCK)) {
      readZeroBlocks(offset);
      return null;
    }
    checkChecksum(offset);
    String name = name(offset);
    expectField(offset, TarFormat.MODE, TarFormat.MODE_VALUE, "mode");
    expectField(offset, TarFormat.UID, TarFormat.OWNER_VALUE, "uid");
    expectField(offset, TarFormat.GID, TarFormat.OWNER_VALUE, "gid");
    long size = octal11(offset, TarFormat.SIZE, "size");
    long mtime = octal11(offset, TarFormat.MTIME, "mtime");
    if (block[TarFormat.TYPEFLAG] != '0') {
      throw error(offset, "type flag is " + show(block, TarFormat.TYPEFLAG, 1)
          + ", only regular files ('0') are allowed");
    }
    for (int i = TarFormat.END_OF_FIELDS; i < BLOCK; i++) {
      if (block[i] != 0) {
        throw error(offset, "non-zero byte at header position " + i
            + " (belenios-tool leaves the link name and ustar fields empty)");
      }
    }
    if (size > maxMemberSize) {
      throw error(offset, "member size " + size + " exceeds the limit of " + maxMemberSize
          + " bytes");
    }
    int padding = TarFormat.padding(size);
    if (length >= 0 && position + size + padding > length) {
      throw error(offset, "truncated: the member declares " + size + " bytes (" + (size + padding)
          + " with padding) but the file has only " + (length - position) + " left");
    }
    byte[] content = in.readNBytes((int) size);
    position += content.length;
    if (content.length < size) {
      throw error(offset, "truncated: the file ends after " + content.length + " of the "
          + size + " content bytes");
    }
    int p = in.readNBytes(block, 0, padding);
    position += p;
    if (p < padding) {
      throw error(offset, "truncated: the file ends inside the padding after the content");
    }
    if (!isZero(block, 0, padding)) {
      throw error(offset, "non-zero padding after the content");
    }
    return new Entry(index++, offset, name, mtime, content);
  }

  private void readZeroBlocks(long offset) throws IOException {
    zeroBlocks = 1;
    while (true) {
      long at = position;
      int n = readBlock();
      if (n == 0) {
        ended = true;
        return;
      }
      if (!isZero(block, 0, n)) {
        throw error(at, "data after the end-of-archive zero block at byte " + offset);
      }
      if (n < BLOCK) {
        throw error(at, "file ends inside a zero block (" + n + " of 512 bytes)");
      }
      zeroBlocks++;
    }
  }

  private int readBlock() throws IOException {
    int n = in.readNBytes(block, 0, BLOCK);
    position += n;
    return n;
  }

  private void checkChecksum(long offset) {
    int stored = 0;
    boolean wellFormed = block[TarFormat.CHECKSUM + 6] == 0 && block[TarFormat.CHECKSUM + 7] == ' ';
    for (int i = 0; wellFormed && i < 6; i++) {
      byte b = block[TarFormat.CHECKSUM + i];
      wellFormed = b >= '0' && b <= '7';
      stored = stored * 8 + (b - '0');
    }
    if (!wellFormed) {
      throw error(offset, "checksum field " + show(block, TarFormat.CHECKSUM, 8)
          + " is not 6 octal digits, NUL and space");
    }
    int actual = TarFormat.checksum(block);
    if (stored != actual) {
      throw error(offset, String.format(
          "header checksum is %06o but the header bytes sum to %06o", stored, actual));
    }
  }

  private String name(long offset) {
    int end = 0;
    while (end < TarFormat.NAME_LENGTH && block[end] != 0) {
      byte b = block[end];
      boolean allowed = b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
          || b == '.' || b == '_' || b == '-';
      if (!allowed) {
        throw error(offset, "member name " + show(block, 0, end + 1) + " has a byte not allowed");
      }
      end++;
    }
    if (end == TarFormat.NAME_LENGTH) {
      throw error(offset, "member name is not NUL-terminated");
    }
    if (end == 0) {
      throw error(offset, "member name is empty");
    }
    if (!isZero(block, end, TarFormat.NAME_LENGTH)) {
      throw error(offset, "junk after the NUL that ends the member name");
    }
    return new String(block, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** A 7-character field followed by its NUL. */
  private void expectField(long offset, int at, String value, String what) {
    for (int i = 0; i < 8; i++) {
      if (block[at + i] != (i < 7 ? value.charAt(i) : 0)) {
        throw error(offset, what + " field is " + show(block, at, 8) + ", expected \"" + value
            + "\\0\"");
      }
    }
  }

  private long octal11(long offset, int at, String what) {
    long value = 0;
    for (int i = 0; i < 11; i++) {
      byte b = block[at + i];
      if (b < '0' || b > '7') {
        throw error(offset, what + " field " + show(block, at, 12)
            + " is not 11 octal digits and a NUL");
      }
      value = value * 8 + (b - '0');
    }
    if (block[at + 11] != 0) {
      throw error(offset, what + " field " + show(block, at, 12)
          + " is not 11 octal digits and a NUL");
    }
    return value;
  }

  private ArchiveFormatException error(long offset, String message) {
    return new ArchiveFormatException(index, offset, message);
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** A header field for a message: quoted, non-printable bytes as \xNN. */
  static String show(byte[] b, int from, int len) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = from; i < from + len; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        s.append("\\0");
      } else if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        s.append((char) c);
      } else {
        s.append(String.format("\\x%02x", c));
      }
    }
    return s.append('"').toString();
  }
}
