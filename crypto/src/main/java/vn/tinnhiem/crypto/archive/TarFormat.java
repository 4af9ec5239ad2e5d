package vn.tinnhiem.crypto.archive;

import java.nio.charset.StandardCharsets;

/**
 * The one tar dialect belenios-tool writes: old-style (v7) headers with fixed mode and owner,
 * 11-digit octal size and mtime, checksum as {@code %06o\0 }, typeflag {@code '0'}, the rest of
 * the block zero, and content zero-padded to whole blocks.
 */
final class TarFormat {
  static final int BLOCK = 512;
  static final int NAME_LENGTH = 100;
  static final int MODE = 100;
  static final int UID = 108;
  static final int GID = 116;
  static final int SIZE = 124;
  static final int MTIME = 136;
  static final int CHECKSUM = 148;
  static final int TYPEFLAG = 156;
  /** Where the fields we write end; everything after it is zero. */
  static final int END_OF_FIELDS = 157;

  static final String MODE_VALUE = "0000644";
  static final String OWNER_VALUE = "0000000";
  static final long MAX_OCTAL_11 = 077777777777L;

  private TarFormat() {}

  /** A header block exactly as belenios-tool makes it. */
  static byte[] header(String name, long size, long mtime) {
    byte[] name8 = name.getBytes(StandardCharsets.US_ASCII);
    if (name8.length >= NAME_LENGTH) {
      throw new IllegalArgumentException("tar name too long: " + name);
    }
    if (size < 0 || size > MAX_OCTAL_11 || mtime < 0 || mtime > MAX_OCTAL_11) {
      throw new IllegalArgumentException("size or mtime does not fit 11 octal digits");
    }
    byte[] block = new byte[BLOCK];
    System.arraycopy(name8, 0, block, 0, name8.length);
    put(block, MODE, MODE_VALUE);
    put(block, UID, OWNER_VALUE);
    put(block, GID, OWNER_VALUE);
    put(block, SIZE, octal11(size));
    put(block, MTIME, octal11(mtime));
    block[TYPEFLAG] = '0';
    put(block, CHECKSUM, String.format("%06o", checksum(block)));
    block[CHECKSUM + 6] = 0;
    block[CHECKSUM + 7] = ' ';
    return block;
  }

  /** The tar checksum: byte sum of the block with the checksum field read as eight spaces. */
  static int checksum(byte[] block) {
    int sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= CHECKSUM && i < CHECKSUM + 8) ? ' ' : block[i] & 0xff;
    }
    return sum;
  }

  static String octal11(long value) {
    String digits = Long.toOctalString(value);
    return "0".repeat(11 - digits.length()) + digits;
  }

  /** Zero bytes that pad {@code size} bytes of content to whole blocks. */
  static int padding(long size) {
    return (int) ((BLOCK - size % BLOCK) % BLOCK);
  }

  private static void put(byte[] block, int at, String ascii) {
    byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, block, at, b.length);
  }
}
