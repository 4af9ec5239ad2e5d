package vn.tinnhiem.crypto.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.archive.Boards.Item;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;

/**
 * belenios-tool as the oracle: archives our writers make are accepted by {@code election
 * verify}, tampered ones are rejected, and {@link Chain} agrees with it on each.
 */
@RequiresBeleniosTool
class ArchiveBeleniosInteropTest {
  /** The demo election's uuid; verify only needs a single {@code *.bel} in the directory. */
  private static final String UUID = "CozrcoBgCSUHXj";

  private static BeleniosTool tool;

  @TempDir Path dir;

  @BeforeAll
  static void findTool() {
    tool = BeleniosTool.locate();
  }

  @Test
  void acceptsTheDemoRebuiltByBoardWriter() throws Exception {
    byte[] bel = rebuild(Boards.DEMO_TIMESTAMP);
    assertThat(bel).isEqualTo(Boards.demoBytes());

    assertAccepted(bel, "I: all checks passed");
  }

  @Test
  void acceptsTheDemoWrittenWithAnotherTimestamp() throws Exception {
    byte[] bel = rebuild(1700000000L);
    assertThat(bel).isNotEqualTo(Boards.demoBytes());

    assertAccepted(bel, "I: all checks passed");
  }

  @Test
  void acceptsABoardStoppedDuringVoting() throws Exception {
    List<Item> items = Boards.items(Boards.demo());
    byte[] bel = Boards.bel(Boards.DEMO_TIMESTAMP, items.subList(0,
        Boards.indexOfEvent(items, 2) + 1));

    assertAccepted(bel, "W: no result to check");
  }

  @Test
  void rejectsABrokenParentLink() throws Exception {
    String setup = Boards.demo().eventMembers().get(0).hash();
    byte[] bel = Boards.bel(Boards.DEMO_TIMESTAMP, Boards.demoWithEvent(2,
        e -> new Event(setup, e.height(), e.type(), e.payload())));

    assertRejected(bel, ChainCheck.LINKS);
  }

  @Test
  void rejectsAWrongHeight() throws Exception {
    byte[] bel = Boards.bel(Boards.DEMO_TIMESTAMP, Boards.demoWithEvent(9,
        e -> new Event(e.parent(), 10, e.type(), e.payload())));

    assertRejected(bel, ChainCheck.LINKS);
  }

  @Test
  void rejectsUnreferencedData() throws Exception {
    List<Item> items = Boards.items(Boards.demo());
    items.add(Boards.indexOfEvent(items, 4), Item.data("{\"note\":1}"));
    assertRejected(Boards.bel(Boards.DEMO_TIMESTAMP, items), ChainCheck.LAYOUT);

    List<Item> atEnd = Boards.items(Boards.demo());
    atEnd.add(Item.data("{\"note\":1}"));
    assertRejected(Boards.bel(Boards.DEMO_TIMESTAMP, atEnd), ChainCheck.LAYOUT);
  }

  @Test
  void rejectsReorderedSetupData() throws Exception {
    List<Item> items = Boards.items(Boards.demo());
    items.add(1, items.remove(0));

    assertRejected(Boards.bel(Boards.DEMO_TIMESTAMP, items), ChainCheck.LAYOUT);
  }

  @Test
  void rejectsEndOfArchiveZeroBlocks() throws Exception {
    assertRejected(Boards.concat(Boards.demoBytes(), new byte[1024]), ChainCheck.LAYOUT);
  }

  @Test
  void rejectsNonCanonicalEventJson() throws Exception {
    List<Item> items = Boards.items(Boards.demo());
    int last = items.size() - 1;
    String result = new String(items.get(last).bytes(), StandardCharsets.UTF_8);
    items.set(last, new Item(MemberKind.EVENT, result.replace(",\"height\"", ", \"height\"")
        .getBytes(StandardCharsets.UTF_8)));

    assertRejected(Boards.bel(Boards.DEMO_TIMESTAMP, items), ChainCheck.EVENTS);
  }

  @Test
  void rejectsAContentByteFlipThatOurReaderCatchesFirst() throws Exception {
    byte[] bel = Boards.demoBytes();
    bel[19968 + 512 + 40] ^= 1; // inside the first ballot: its name no longer matches
    Path d = place(bel);

    assertThat(tool.verify(d).ok()).isFalse();
    assertThat(catchThrowable(() -> ArchiveReader.readAll(bel)))
        .isInstanceOf(ArchiveFormatException.class);
  }

  private void assertAccepted(byte[] bel, String expectedOutput) throws Exception {
    BeleniosTool.ToolResult run = tool.verify(place(bel));
    assertThat(run.ok()).as(run.output()).isTrue();
    assertThat(run.output()).contains(expectedOutput);
    assertThat(Chain.check(ArchiveReader.readAll(bel)).passed()).isTrue();
  }

  private void assertRejected(byte[] bel, String step) throws Exception {
    BeleniosTool.ToolResult run = tool.verify(place(bel));
    assertThat(run.ok()).as(run.output()).isFalse();
    assertThat(run.output()).contains("belenios-tool: ");
    ChainCheck ours = Chain.check(ArchiveReader.readAll(bel));
    assertThat(ours).isInstanceOf(ChainCheck.Fail.class);
    assertThat(ours.step()).isEqualTo(step);
  }

  /** A fresh directory holding the archive as {@code <uuid>.bel}, nothing else. */
  private Path place(byte[] bel) throws IOException {
    Path d = Files.createTempDirectory(dir, "election");
    Files.write(d.resolve(UUID + ".bel"), bel);
    return d;
  }

  private static byte[] rebuild(long timestamp) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BoardWriter board = BoardWriter.start(out, timestamp)) {
      BoardWriterTest.replay(Boards.demo(), board, 0);
    }
    return out.toByteArray();
  }
}
