package vn.tinnhiem.crypto.archive;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.tinnhiem.crypto.group.Hash;

/**
 * Writes archive members byte for byte as belenios-tool does: the tar header of {@link
 * TarFormat}, mtime = the archive timestamp, content zero-padded to 512 bytes, and no
 * end-of-archive blocks, so appending to an archive is plain concatenation.
 *
 * <p>This is the low level: it writes what it is given. {@link BoardWriter} keeps the event
 * chain right.
 */
public final class ArchiveWriter implements Closeable, Flushable {
  private static final byte[] ZEROS = new byte[TarFormat.BLOCK];

  private final OutputStream out;
  private final long timestamp;
  private long position;

  /**
   * @param timestamp the archive timestamp, written as every member's mtime
   * @param position bytes already in the archive that {@code out} continues
   */
  public ArchiveWriter(OutputStream out, long timestamp, long position) {
    ArchiveHeader.of(timestamp); // range check
    if (position < 0 || position % TarFormat.BLOCK != 0) {
      throw new IllegalArgumentException("position must be a multiple of 512: " + position);
    }
    this.out = out;
    this.timestamp = timestamp;
    this.position = position;
  }

  /** A writer at the start of a new archive; call {@link #writeHeader} first. */
  public ArchiveWriter(OutputStream out, long timestamp) {
    this(out, timestamp, 0);
  }

  /** Creates a new file (never overwrites) and writes its header member. */
  public static ArchiveWriter create(Path file, ArchiveHeader header) throws IOException {
    ArchiveWriter w = new ArchiveWriter(new BufferedOutputStream(Files.newOutputStream(file,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16), header.timestamp());
    w.writeHeader(header);
    return w;
  }

  /**
   * Opens an existing archive for appending; the timestamp comes from its header. Only the
   * header is read: check the rest with {@link Chain} (or use {@link BoardWriter#resume}).
   */
  public static ArchiveWriter append(Path file) throws IOException {
    long timestamp;
    try (ArchiveReader r = ArchiveReader.open(file)) {
      timestamp = r.header().timestamp();
    }
    long size = Files.size(file);
    if (size % TarFormat.BLOCK != 0) {
      throw new ArchiveFormatException(-1, size, "file length " + size
          + " is not a multiple of 512: the archive is truncated");
    }
    return new ArchiveWriter(new BufferedOutputStream(Files.newOutputStream(file,
        StandardOpenOption.APPEND, StandardOpenOption.WRITE), 1 << 16), timestamp, size);
  }

  /** The whole archive again, as belenios-tool would write these members. */
  public static void write(Archive archive, OutputStream out) throws IOException {
    ArchiveWriter w = new ArchiveWriter(out, archive.header().timestamp());
    w.writeHeader(archive.header());
    for (Member m : archive.members()) {
      w.write(m.kind(), m.raw());
    }
    w.flush();
  }

  public static byte[] toBytes(Archive archive) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(archive, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen in memory", e);
    }
    return out.toByteArray();
  }

  public long timestamp() {
    return timestamp;
  }

  /** Bytes written so far, including those before this writer; the next header's offset. */
  public long position() {
    return position;
  }

  /** Writes the {@code BELENIOS} member; its timestamp must be this writer's. */
  public void writeHeader(ArchiveHeader header) throws IOException {
    if (header.timestamp() != timestamp) {
      throw new IllegalArgumentException("header timestamp " + header.timestamp()
          + " differs from the writer's " + timestamp);
    }
    writeMember("BELENIOS", header.toJson());
  }

  /** Writes a data member and returns its hash. */
  public String writeData(byte[] content) throws IOException {
    return write(MemberKind.DATA, content);
  }

  /** Writes an event in canonical JSON and returns its hash. */
  public String writeEvent(Event event) throws IOException {
    return write(MemberKind.EVENT, event.toJson());
  }

  /** Writes a member named after the SHA-256 of its content; returns that hash. */
  public String write(MemberKind kind, byte[] content) throws IOException {
    String hash = Hash.hex(content);
    writeMember(hash + kind.suffix(), content);
    return hash;
  }

  /** Size in the archive of a member with {@code size} content bytes. */
  static long footprint(long size) {
    return TarFormat.BLOCK + size + TarFormat.padding(size);
  }

  private void writeMember(String name, byte[] content) throws IOException {
    out.write(TarFormat.header(name, content.length, timestamp));
    out.write(content);
    int padding = TarFormat.padding(content.length);
    out.write(ZEROS, 0, padding);
    position += footprint(content.length);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
