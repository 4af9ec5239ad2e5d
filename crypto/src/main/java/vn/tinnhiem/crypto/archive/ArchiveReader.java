package vn.tinnhiem.crypto.archive;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.JsonFormatException;

/**
 * Streams the members of a {@code .bel} archive, one at a time, so archives of any size can be
 * checked in constant memory (bar one member, capped at {@link #maxMemberSize()}).
 *
 * <p>It checks the format, not the election: the {@code BELENIOS} header comes first, every tar
 * header is exactly as belenios-tool writes it (mtime included), and every other member is named
 * {@code <hex sha256 of its content>.data.json} or {@code .event.json}. Any violation, truncation
 * included, is an {@link ArchiveFormatException} naming the member and byte offset. The event
 * chain is {@link Chain}'s business.
 *
 * <p>Trailing end-of-archive zero blocks are accepted and counted ({@link #trailingZeroBlocks()});
 * belenios-tool never writes them and rejects them, which {@link Chain} reports.
 */
public final class ArchiveReader implements Closeable, Iterable<Member> {
  /** Default cap on one member: far above any real ballot, tally or trustee file. */
  public static final int DEFAULT_MAX_MEMBER_SIZE = 64 << 20;
  /** The header member is a few dozen bytes. */
  private static final int MAX_HEADER_SIZE = 4096;
  private static final String HEADER_NAME = "BELENIOS";

  private final InputStream in;
  private final TarReader tar;
  private final int maxMemberSize;
  private final ArchiveHeader header;
  private boolean done;

  private ArchiveReader(InputStream in, long length, int maxMemberSize) throws IOException {
    this.in = in;
    this.maxMemberSize = maxMemberSize;
    this.tar = new TarReader(in, length, maxMemberSize);
    this.header = readHeader();
  }

  /** Opens a file and reads its header member. */
  public static ArchiveReader open(Path file) throws IOException {
    return open(file, DEFAULT_MAX_MEMBER_SIZE);
  }

  public static ArchiveReader open(Path file, int maxMemberSize) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      return new ArchiveReader(in, Files.size(file), maxMemberSize);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Reads from a stream (closed by {@link #close()}), starting with its header member. */
  public static ArchiveReader of(InputStream in) throws IOException {
    return of(in, DEFAULT_MAX_MEMBER_SIZE);
  }

  public static ArchiveReader of(InputStream in, int maxMemberSize) throws IOException {
    return new ArchiveReader(in, -1, maxMemberSize);
  }

  /** Reads a whole file into memory. */
  public static Archive readAll(Path file) throws IOException {
    try (ArchiveReader r = open(file)) {
      return r.readAll();
    }
  }

  /** Reads a whole stream into memory and closes it. */
  public static Archive readAll(InputStream in) throws IOException {
    try (ArchiveReader r = of(in)) {
      return r.readAll();
    }
  }

  public static Archive readAll(byte[] bel) {
    try {
      return readAll(new java.io.ByteArrayInputStream(bel));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen on a byte array", e);
    }
  }

  public ArchiveHeader header() {
    return header;
  }

  public int maxMemberSize() {
    return maxMemberSize;
  }

  /** Byte offset of the next member's header. */
  public long position() {
    return tar.position();
  }

  /**
   * End-of-archive zero blocks after the last member; meaningful once {@link #next()} has
   * returned null.
   */
  public int trailingZeroBlocks() {
    return tar.zeroBlocks();
  }

  /** The next member, fully checked, or null at the end of the archive. */
  public Member next() throws IOException {
    if (done) {
      return null;
    }
    TarReader.Entry e = tar.next();
    if (e == null) {
      done = true;
      return null;
    }
    MemberKind kind = kindOf(e);
    String named = e.name().substring(0, 64);
    if (e.mtime() != header.timestamp()) {
      throw new ArchiveFormatException(e.index(), e.offset(), "mtime " + e.mtime()
          + " differs from the archive timestamp " + header.timestamp());
    }
    String actual = Hash.hex(e.content());
    if (!actual.equals(named)) {
      throw new ArchiveFormatException(e.index(), e.offset(), "member " + e.name()
          + " has content whose SHA-256 is " + actual);
    }
    return new Member(e.index(), e.offset(), kind, actual, e.content());
  }

  /** Reads every remaining member into memory. */
  public Archive readAll() throws IOException {
    List<Member> members = new ArrayList<>();
    for (Member m = next(); m != null; m = next()) {
      members.add(m);
    }
    return new Archive(header, members, trailingZeroBlocks());
  }

  /** The remaining members; I/O errors surface as {@link UncheckedIOException}. */
  @Override
  public Iterator<Member> iterator() {
    return new Iterator<>() {
      private Member ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = ArchiveReader.this.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return ahead != null;
      }

      @Override
      public Member next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Member m = ahead;
        ahead = null;
        return m;
      }
    };
  }

  /** The remaining members as a sequential stream. */
  public Stream<Member> members() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private ArchiveHeader readHeader() throws IOException {
    TarReader.Entry e = tar.next();
    if (e == null) {
      throw new ArchiveFormatException(0, 0, tar.zeroBlocks() > 0
          ? "the archive starts with a zero block instead of the BELENIOS header"
          : "empty file: no BELENIOS header");
    }
    if (!HEADER_NAME.equals(e.name())) {
      throw new ArchiveFormatException(0, 0, "the first member is " + e.name()
          + ", expected BELENIOS");
    }
    if (e.content().length > MAX_HEADER_SIZE) {
      throw new ArchiveFormatException(0, 0, "the BELENIOS member is too large");
    }
    ArchiveHeader h;
    try {
      h = ArchiveHeader.parse(e.content());
    } catch (JsonFormatException ex) {
      throw new ArchiveFormatException(0, 0, "bad BELENIOS header: " + ex.getMessage(), ex);
    }
    if (h.version() != ArchiveHeader.VERSION) {
      throw new ArchiveFormatException(0, 0, "unsupported archive version " + h.version());
    }
    if (e.mtime() != h.timestamp()) {
      throw new ArchiveFormatException(0, 0, "mtime " + e.mtime()
          + " differs from the archive timestamp " + h.timestamp());
    }
    return h;
  }

  private static MemberKind kindOf(TarReader.Entry e) {
    String name = e.name();
    for (MemberKind kind : MemberKind.values()) {
      if (name.length() == 64 + kind.suffix().length() && name.endsWith(kind.suffix())
          && Event.isHexHash(name.substring(0, 64))) {
        return kind;
      }
    }
    throw new ArchiveFormatException(e.index(), e.offset(), "member name " + name
        + " is not <lower-case hex sha256>.data.json or .event.json");
  }
}
