package vn.tinnhiem.crypto.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.group.Hash;

class BoardWriterTest {
  private static final byte[] DEMO = Boards.demoBytes();

  @TempDir Path dir;

  /** Replays the demo's data and events through a board writer. */
  static void replay(Archive demo, BoardWriter board, int from) throws IOException {
    for (Member m : demo.members().subList(from, demo.members().size())) {
      if (m.kind() == MemberKind.DATA) {
        assertThat(board.addData(m.bytes())).isEqualTo(m.hash());
      } else {
        Event e = m.event();
        assertThat(board.nextHeight()).isEqualTo(e.height());
        assertThat(board.addEvent(e.type(), e.payload())).isEqualTo(m.hash());
      }
    }
  }

  @Test
  void rebuildsTheDemoByteForByte() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BoardWriter board = BoardWriter.start(out, Boards.DEMO_TIMESTAMP)) {
      replay(Boards.demo(), board, 0);
      assertThat(board.lastType()).contains(EventType.Result);
      assertThat(board.position()).isEqualTo(DEMO.length);
    }
    assertThat(out.toByteArray()).isEqualTo(DEMO);
  }

  @Test
  void resumesAFileAndContinuesIt() throws IOException {
    Path file = dir.resolve("board.bel");
    Files.write(file, Arrays.copyOf(DEMO, 62464)); // up to EndBallots

    try (BoardWriter board = BoardWriter.resume(file)) {
      assertThat(board.header()).isEqualTo(ArchiveHeader.of(Boards.DEMO_TIMESTAMP));
      assertThat(board.lastType()).contains(EventType.EndBallots);
      assertThat(board.nextHeight()).isEqualTo(5);
      replay(Boards.demo(), board, 12);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(DEMO);
  }

  @Test
  void createsANewFile() throws IOException {
    Path file = dir.resolve("board.bel");
    try (BoardWriter board = BoardWriter.create(file, Boards.DEMO_TIMESTAMP)) {
      replay(Boards.demo(), board, 0);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(DEMO);
  }

  @Test
  void refusesAnEventThatBreaksTheChainAndWritesNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BoardWriter board = BoardWriter.start(out, Boards.DEMO_TIMESTAMP);
    int headerOnly = out.size();

    assertThatThrownBy(() -> board.addEvent(EventType.EndBallots, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EndBallots cannot follow the archive header");
    String hash = board.addData("{\"x\":1}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> board.addEvent(EventType.Setup, Hash.hex(new byte[0])))
        .hasMessageContaining("is not among the data members written since the previous event");
    assertThatThrownBy(() -> board.addEvent(EventType.Setup, hash))
        .hasMessageContaining("the setup data payload of the event at height 0 is not valid");
    assertThatThrownBy(() -> board.addEvent(EventType.Setup, "XYZ"))
        .hasMessageContaining("not a lower-case hex SHA-256");
    assertThat(out.size()).isEqualTo(headerOnly);

    board.discardQueued();
    Archive demo = Boards.demo();
    replay(demo, board, 0);
    assertThat(out.toByteArray()).isEqualTo(DEMO);
  }

  @Test
  void writesAShuffleBoardTheChainAccepts() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BoardWriter board = BoardWriter.start(out, 3)) {
      String e = board.addData(json("{\"election\":1}"));
      String t = board.addData(json("[]"));
      String c = board.addData(json("[]")); // same bytes as t: written twice, as belenios-tool does
      board.addPayloadEvent(EventType.Setup, json("{\"election\":\"" + e + "\",\"trustees\":\"" + t
          + "\",\"credentials\":\"" + c + "\"}"));
      board.addPayloadEvent(EventType.Ballot, json("{\"ballot\":1}"));
      board.addEvent(EventType.EndBallots, null);
      String et = board.addData(json("[[]]"));
      board.addPayloadEvent(EventType.EncryptedTally,
          json("{\"num_tallied\":1,\"total_weight\":1,\"encrypted_tally\":\"" + et + "\"}"));
      for (int owner = 1; owner <= 2; owner++) {
        String s = board.addData(json("{\"shuffle\":" + owner + "}"));
        board.addPayloadEvent(EventType.Shuffle, json("{\"owner\":" + owner + ",\"payload\":\"" + s
            + "\"}"));
      }
      board.addEvent(EventType.EndShuffles, null);
      String pd = board.addData(json("{\"pd\":1}"));
      board.addPayloadEvent(EventType.PartialDecryption, json("{\"owner\":1,\"payload\":\"" + pd
          + "\"}"));
      board.addPayloadEvent(EventType.Result, json("{\"result\":[]}"));
    }
    ChainCheck check = Chain.check(ArchiveReader.readAll(out.toByteArray()));
    assertThat(check).isInstanceOf(ChainCheck.Pass.class);
    assertThat(((ChainCheck.Pass) check).events()).isEqualTo(9);
  }

  @Test
  void refusesToResumeABrokenBoard() throws IOException {
    Path file = dir.resolve("board.bel");
    Files.write(file, Boards.concat(DEMO, new byte[1024]));
    assertThatThrownBy(() -> BoardWriter.resume(file))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("cannot append after end-of-archive zero blocks");

    Files.write(file, Boards.bel(Boards.DEMO_TIMESTAMP, Boards.demoWithEvent(3,
        e -> new Event(e.parent(), 9, e.type(), e.payload()))));
    assertThatThrownBy(() -> BoardWriter.resume(file))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("cannot append to a broken board: Archive: hash chain");
  }

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
