package vn.tinnhiem.server.voting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tinnhiem.crypto.archive.ArchiveHeader;
import vn.tinnhiem.crypto.archive.ArchiveWriter;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.archive.MemberKind;
import vn.tinnhiem.crypto.group.Hash;

/**
 * The public board in the database: the members of a Belenios archive after its header, in
 * order, each exactly as the archive holds it. An append writes the event's data and the event
 * in the caller's transaction, under the election row's lock, so the chain stays linear even
 * with several app nodes, and an acknowledged event is never half there.
 */
@Component
class PublicBoard {

  private final JdbcClient jdbc;
  private final ElectionRepository elections;

  PublicBoard(JdbcClient jdbc, ElectionRepository elections) {
    this.jdbc = jdbc;
    this.elections = elections;
  }

  /** What an append left: the event's position and hash. */
  record Appended(int seq, int height, String eventHash) {}

  /**
   * Appends data members and then an event of {@code type} whose payload is the last of them
   * (no data for the end markers). {@code locked} must come from
   * {@link ElectionRepository#lock} in the current transaction.
   */
  Appended append(ElectionRecord locked, EventType type, List<byte[]> data) {
    if (type.hasPayload() == data.isEmpty()) {
      throw new IllegalArgumentException(type + " with " + data.size() + " data members");
    }
    int seq = locked.nextSeq();
    String payload = null;
    for (byte[] d : data) {
      payload = Hash.hex(d);
      insert(locked.sessionId(), seq++, MemberKind.DATA, payload, d);
    }
    Event event = new Event(locked.lastEvent(), locked.nextHeight(), type, payload);
    byte[] eventJson = event.toJson();
    String eventHash = Hash.hex(eventJson);
    int eventSeq = seq++;
    insert(locked.sessionId(), eventSeq, MemberKind.EVENT, eventHash, eventJson);
    elections.moveHead(locked.sessionId(), seq, locked.nextHeight() + 1, eventHash);
    return new Appended(eventSeq, locked.nextHeight(), eventHash);
  }

  /** The content of one data member, by hash. */
  byte[] data(long sessionId, String hash) {
    return jdbc.sql("""
            SELECT content FROM board_record WHERE session_id = :s AND hash = :h AND kind = 'DATA'
            ORDER BY seq FETCH FIRST 1 ROWS ONLY""")
        .param("s", sessionId).param("h", hash).query(byte[].class).single();
  }

  /** The payloads of every event of this type, in board order. */
  List<byte[]> payloads(long sessionId, EventType type) {
    List<byte[]> out = new ArrayList<>();
    List<byte[]> events = jdbc.sql("""
            SELECT content FROM board_record WHERE session_id = :s AND kind = 'EVENT'
            ORDER BY seq""")
        .param("s", sessionId).query(byte[].class).list();
    for (byte[] e : events) {
      Event event = Event.parse(e);
      if (event.type() == type) {
        out.add(data(sessionId, event.payload()));
      }
    }
    return out;
  }

  /** Writes the archive as it stands: header, then every member in order. */
  void export(long sessionId, long timestamp, OutputStream out) throws IOException {
    ArchiveWriter writer = new ArchiveWriter(out, timestamp);
    writer.writeHeader(ArchiveHeader.of(timestamp));
    // Streamed row by row: a large board is never held in memory whole.
    try {
      jdbc.sql("SELECT kind, content FROM board_record WHERE session_id = :s ORDER BY seq")
          .param("s", sessionId)
          .query(rs -> {
            try {
              writer.write(MemberKind.valueOf(rs.getString("kind")), rs.getBytes("content"));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
  }

  private void insert(long sessionId, int seq, MemberKind kind, String hash, byte[] content) {
    jdbc.sql("""
            INSERT INTO board_record (session_id, seq, kind, hash, content)
            VALUES (:s, :seq, :kind, :h, :c)""")
        .param("s", sessionId).param("seq", seq).param("kind", kind.name()).param("h", hash)
        .param("c", content).update();
  }
}
