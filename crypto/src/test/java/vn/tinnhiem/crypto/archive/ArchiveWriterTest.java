package vn.tinnhiem.crypto.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {
  private static final byte[] DEMO = Boards.demoBytes();

  @TempDir Path dir;

  @Test
  void rewritesTheDemoByteForByte() {
    assertThat(ArchiveWriter.toBytes(Boards.demo())).isEqualTo(DEMO);
  }

  @Test
  void writesHeaderBlocksAsBeleniosTool() {
    assertThat(TarFormat.header("BELENIOS", 38, Boards.DEMO_TIMESTAMP))
        .isEqualTo(Arrays.copyOf(DEMO, 512));
    assertThat(TarFormat.header(
        "773015251c29446b32571e6f3dc1d2acbead2991f596678f1df8bbf0bbee5d9f.data.json", 956,
        Boards.DEMO_TIMESTAMP)).isEqualTo(Arrays.copyOfRange(DEMO, 1024, 1536));
  }

  @Test
  void writesMembersAndReturnsTheirHashes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] data = "{\"result\":[[1,1,0,1],[1,2]]}".getBytes(StandardCharsets.UTF_8);
    try (ArchiveWriter w = new ArchiveWriter(out, 7)) {
      w.writeHeader(ArchiveHeader.of(7));
      assertThat(w.position()).isEqualTo(1024);
      assertThat(w.writeData(data))
          .isEqualTo("2c8f0a8a2eefe5afa749c0fd5e63b49a0fe37b01107d8d10ae4cd31c4b756c04");
      assertThat(w.position()).isEqualTo(2048);
      assertThat(w.writeEvent(new Event(null, 0, EventType.Setup, null)))
          .isEqualTo(new Event(null, 0, EventType.Setup, null).hash());
    }
    Archive a = ArchiveReader.readAll(out.toByteArray());
    assertThat(a.header().timestamp()).isEqualTo(7);
    assertThat(a.members()).extracting(Member::kind)
        .containsExactly(MemberKind.DATA, MemberKind.EVENT);
    assertThat(a.members().get(0).bytes()).isEqualTo(data);
  }

  @Test
  void appendingIsConcatenation() throws IOException {
    int cut = 19968; // just after the Setup event
    Path file = dir.resolve("board.bel");
    Files.write(file, Arrays.copyOf(DEMO, cut));
    Archive demo = Boards.demo();

    try (ArchiveWriter w = ArchiveWriter.append(file)) {
      assertThat(w.position()).isEqualTo(cut);
      assertThat(w.timestamp()).isEqualTo(Boards.DEMO_TIMESTAMP);
      for (Member m : demo.members().subList(5, demo.members().size())) {
        w.write(m.kind(), m.bytes());
      }
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(DEMO);
  }

  @Test
  void createNeverOverwrites() throws IOException {
    Path file = dir.resolve("board.bel");
    ArchiveWriter.create(file, ArchiveHeader.of(1)).close();

    assertThat(Files.readAllBytes(file)).hasSize(1024);
    assertThatThrownBy(() -> ArchiveWriter.create(file, ArchiveHeader.of(1)))
        .isInstanceOf(FileAlreadyExistsException.class);
  }

  @Test
  void refusesToAppendToATruncatedFile() throws IOException {
    Path file = dir.resolve("board.bel");
    Files.write(file, Arrays.copyOf(DEMO, 19968 + 100));

    assertThatThrownBy(() -> ArchiveWriter.append(file))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("is not a multiple of 512");
  }

  @Test
  void refusesAHeaderWithAnotherTimestampAndOutOfRangeValues() {
    ArchiveWriter w = new ArchiveWriter(new ByteArrayOutputStream(), 5);
    assertThatThrownBy(() -> w.writeHeader(ArchiveHeader.of(6)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArchiveHeader.of(ArchiveHeader.MAX_TIMESTAMP + 1))
        .hasMessageContaining("timestamp out of range");
    assertThatThrownBy(() -> new ArchiveWriter(new ByteArrayOutputStream(), 5, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventJsonKeepsTheSpecFieldOrder() {
    Event setup = new Event(null, 0, EventType.Setup,
        "ff29877b60919c382c7b0cc64141f814216dc3a25d62f741bc25984b48aed83b");
    Event end = new Event(setup.hash(), 4, EventType.EndBallots, null);

    assertThat(new String(setup.toJson(), StandardCharsets.UTF_8)).isEqualTo("{\"height\":0,"
        + "\"type\":\"Setup\",\"payload\":"
        + "\"ff29877b60919c382c7b0cc64141f814216dc3a25d62f741bc25984b48aed83b\"}");
    assertThat(setup.hash())
        .isEqualTo("910797d45eed27ca9bf8b0c8e8ed24ffd20ecfa042e4e694e7cc7a8a43581e25");
    assertThat(new String(end.toJson(), StandardCharsets.UTF_8)).isEqualTo("{\"parent\":\""
        + setup.hash() + "\",\"height\":4,\"type\":\"EndBallots\"}");
    assertThat(Event.parse(end.toJson())).isEqualTo(end);
    assertThatThrownBy(() -> Event.parse("{\"height\":0,\"type\":\"Setup\",\"extra\":1}"
        .getBytes(StandardCharsets.UTF_8))).hasMessage("unexpected field \"extra\"");
    assertThatThrownBy(() -> new Event("ABC", 1, EventType.Ballot, null))
        .hasMessageContaining("not a lower-case hex SHA-256");
  }
}
