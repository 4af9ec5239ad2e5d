package vn.tinnhiem.crypto.archive;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinnhiem.crypto.group.Hash;

/**
 * Builds a public board that belenios-tool accepts: tracks parent and height, and checks every
 * event with a {@link Chain} before anything is written, so the file only ever grows by valid
 * steps.
 *
 * <p>{@link #addData} only queues the data; {@link #addEvent} writes the queued data and the
 * event together and flushes, so the file always ends at an event (belenios-tool rejects data
 * that no event references). Data still queued at {@link #close()} is dropped. One writer per
 * file at a time.
 */
public final class BoardWriter implements Closeable, Flushable {
  private final ArchiveWriter writer;
  private final ArchiveHeader header;
  private final Chain chain;
  private final List<Member> queued = new ArrayList<>();
  private int nextIndex;
  private long nextOffset;
  private boolean broken;

  private BoardWriter(ArchiveWriter writer, ArchiveHeader header, Chain chain, int nextIndex) {
    this.writer = writer;
    this.header = header;
    this.chain = chain;
    this.nextIndex = nextIndex;
    this.nextOffset = writer.position();
  }

  /** Starts a new board on {@code out} with its header member. */
  public static BoardWriter start(OutputStream out, long timestamp) throws IOException {
    ArchiveHeader header = ArchiveHeader.of(timestamp);
    ArchiveWriter w = new ArchiveWriter(out, timestamp);
    w.writeHeader(header);
    w.flush();
    return new BoardWriter(w, header, new Chain(), 1);
  }

  /** Creates a new board file; fails if the file exists. */
  public static BoardWriter create(Path file, long timestamp) throws IOException {
    ArchiveHeader header = ArchiveHeader.of(timestamp);
    ArchiveWriter w = ArchiveWriter.create(file, header);
    w.flush();
    return new BoardWriter(w, header, new Chain(), 1);
  }

  /**
   * Continues an existing board file after reading it through and checking its chain. Data
   * after the last event (left by another writer) stays pending for the next event.
   *
   * @throws ArchiveFormatException if the file is malformed, its chain fails, or it ends with
   *     zero blocks (appending after them would hide the new members from tar readers)
   */
  public static BoardWriter resume(Path file) throws IOException {
    Chain chain = new Chain();
    ArchiveHeader header;
    int next;
    long end;
    try (ArchiveReader r = ArchiveReader.open(file)) {
      header = r.header();
      next = 1;
      for (Member m = r.next(); m != null; m = r.next(), next++) {
        Optional<ChainCheck.Fail> fail = chain.accept(m);
        if (fail.isPresent()) {
          ChainCheck.Fail f = fail.get();
          throw new ArchiveFormatException(f.memberIndex(), f.offset(), "cannot append to a"
              + " broken board: " + f.step() + ": " + f.why());
        }
      }
      if (r.trailingZeroBlocks() > 0) {
        throw new ArchiveFormatException(next, r.position(), "cannot append after"
            + " end-of-archive zero blocks");
      }
      end = r.position();
    }
    ArchiveWriter w = ArchiveWriter.append(file);
    if (w.position() != end) {
      w.close();
      throw new IllegalStateException(file + " changed while it was being read");
    }
    return new BoardWriter(w, header, chain, next);
  }

  public ArchiveHeader header() {
    return header;
  }

  /** Hash of the last written event: the head of the chain. */
  public Optional<String> lastEventHash() {
    return chain.lastEventHash();
  }

  public Optional<EventType> lastType() {
    return chain.lastType();
  }

  public int nextHeight() {
    return chain.nextHeight();
  }

  /** Bytes written to the board so far. */
  public long position() {
    return writer.position();
  }

  /** Queues a data member for the next event and returns its hash. */
  public String addData(byte[] content) {
    requireUsable();
    Member m = new Member(nextIndex, nextOffset, MemberKind.DATA, Hash.hex(content), content);
    chain.accept(m); // data is always accepted; the event decides if it fits
    queued.add(m);
    nextIndex++;
    nextOffset += ArchiveWriter.footprint(m.size());
    return m.hash();
  }

  /**
   * Writes the queued data and then the event with the next parent and height; returns the
   * event's hash.
   *
   * @param payloadHash the payload's hash, or null for {@code EndBallots} and {@code EndShuffles}
   * @throws IllegalArgumentException if the event would break the chain (wrong type for this
   *     point, payload missing or not the last queued data, unreferenced data); nothing is
   *     written and the queue is kept
   */
  public String addEvent(EventType type, String payloadHash) throws IOException {
    requireUsable();
    Event event = new Event(chain.lastEventHash().orElse(null), chain.nextHeight(), type,
        payloadHash);
    Member m = Member.of(nextIndex, nextOffset, MemberKind.EVENT, event.toJson());
    Optional<ChainCheck.Fail> fail = chain.accept(m);
    if (fail.isPresent()) {
      throw new IllegalArgumentException("refused: " + fail.get());
    }
    broken = true; // until every byte is out: a half-written board must not grow further
    for (Member d : queued) {
      writer.write(MemberKind.DATA, d.raw());
    }
    writer.write(MemberKind.EVENT, m.raw());
    writer.flush();
    broken = false;
    queued.clear();
    nextIndex++;
    nextOffset += ArchiveWriter.footprint(m.size());
    return m.hash();
  }

  /** Drops the queued data (say, after a refused event); nothing of it was written. */
  public void discardQueued() {
    if (queued.isEmpty()) {
      return;
    }
    chain.dropPending(queued.size());
    nextIndex -= queued.size();
    nextOffset = queued.get(0).offset();
    queued.clear();
  }

  /** Adds {@code payload} as data and an event of {@code type} referring to it. */
  public String addPayloadEvent(EventType type, byte[] payload) throws IOException {
    return addEvent(type, addData(payload));
  }

  private void requireUsable() {
    if (broken) {
      throw new IllegalStateException("an earlier write failed; resume from the file");
    }
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
