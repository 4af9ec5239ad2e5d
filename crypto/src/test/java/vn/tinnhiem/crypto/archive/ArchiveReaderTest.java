package vn.tinnhiem.crypto.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveReaderTest {
  private static final byte[] DEMO = Boards.demoBytes();
  /** Offsets of some demo members' tar headers. */
  private static final int ELECTION = 1024;
  private static final int TRUSTEES = 2560;
  private static final int SETUP_EVENT = 18944;
  private static final int FIRST_BALLOT = 19968;
  private static final int RESULT_EVENT = 96768;

  @TempDir Path dir;

  @Test
  void readsTheDemoHeaderAndMembers() {
    Archive a = ArchiveReader.readAll(DEMO);

    assertThat(a.header()).isEqualTo(new ArchiveHeader(1, Boards.DEMO_TIMESTAMP));
    assertThat(a.members()).hasSize(Boards.DEMO_MEMBERS);
    assertThat(a.trailingZeroBlocks()).isZero();
    Member election = a.members().get(0);
    assertThat(election.index()).isEqualTo(1);
    assertThat(election.offset()).isEqualTo(ELECTION);
    assertThat(election.kind()).isEqualTo(MemberKind.DATA);
    assertThat(election.size()).isEqualTo(956);
    assertThat(election.name())
        .isEqualTo("773015251c29446b32571e6f3dc1d2acbead2991f596678f1df8bbf0bbee5d9f.data.json");
    Member last = a.members().get(Boards.DEMO_MEMBERS - 1);
    assertThat(last.offset()).isEqualTo(RESULT_EVENT);
    assertThat(last.event().type()).isEqualTo(EventType.Result);
    assertThat(a.events()).extracting(Event::type).containsExactly(EventType.Setup,
        EventType.Ballot, EventType.Ballot, EventType.Ballot, EventType.EndBallots,
        EventType.EncryptedTally, EventType.PartialDecryption, EventType.PartialDecryption,
        EventType.PartialDecryption, EventType.Result);
    assertThat(a.data(last.event().payload()))
        .hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
            .isEqualTo("{\"result\":[[1,1,0,1],[1,2]]}"));
    assertThat(a.data(last.hash())).as("an event is not data").isEmpty();
  }

  @Test
  void streamsFromAFileTheSameMembersAsReadAll() throws IOException {
    Path file = dir.resolve("demo.bel");
    Files.write(file, DEMO);
    List<Member> expected = ArchiveReader.readAll(DEMO).members();

    try (ArchiveReader r = ArchiveReader.open(file)) {
      assertThat(r.header().timestamp()).isEqualTo(Boards.DEMO_TIMESTAMP);
      assertThat(r.members().toList()).isEqualTo(expected);
      assertThat(r.next()).isNull();
      assertThat(r.position()).isEqualTo(DEMO.length);
    }
    try (ArchiveReader r = ArchiveReader.of(new ByteArrayInputStream(DEMO))) {
      int n = 0;
      for (Member m : r) {
        assertThat(m).isEqualTo(expected.get(n++));
      }
      assertThat(n).isEqualTo(expected.size());
    }
  }

  @Test
  void acceptsAndCountsTrailingZeroBlocks() {
    Archive a = ArchiveReader.readAll(Boards.concat(DEMO, new byte[1024]));

    assertThat(a.members()).hasSize(Boards.DEMO_MEMBERS);
    assertThat(a.trailingZeroBlocks()).isEqualTo(2);
  }

  @Test
  void rejectsDataAfterAZeroBlock() {
    byte[] bel = Boards.concat(Boards.concat(DEMO, new byte[512]), Arrays.copyOfRange(DEMO,
        SETUP_EVENT, FIRST_BALLOT));

    assertThatThrownBy(() -> ArchiveReader.readAll(bel))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("member #27 at byte " + (DEMO.length + 512))
        .hasMessageContaining("data after the end-of-archive zero block at byte " + DEMO.length);
  }

  @Test
  void rejectsContentWhoseHashIsNotItsName() {
    byte[] bel = DEMO.clone();
    bel[FIRST_BALLOT + 512 + 40] ^= 1;

    ArchiveFormatException e = catchFormat(bel);
    assertThat(e.memberIndex()).isEqualTo(6);
    assertThat(e.offset()).isEqualTo(FIRST_BALLOT);
    assertThat(e).hasMessageStartingWith("member #6 at byte 19968: member f824554976d0c923")
        .hasMessageContaining("has content whose SHA-256 is");
  }

  @Test
  void rejectsABadHeaderChecksum() {
    byte[] bel = Boards.patchHeader(DEMO, TRUSTEES, TarFormat.CHECKSUM, "017055", false);

    assertThat(catchFormat(bel)).hasMessage("member #2 at byte 2560: header checksum is 017055"
        + " but the header bytes sum to 017054");
  }

  @Test
  void rejectsAHeaderChangedWithoutItsChecksum() {
    byte[] bel = DEMO.clone();
    bel[TRUSTEES + 3] = 'f'; // a hex name still, but the checksum no longer matches

    assertThat(catchFormat(bel)).hasMessageContaining("member #2 at byte 2560: header checksum");
  }

  @Test
  void rejectsAHugeSizeFieldBeforeReadingIt() {
    byte[] bel = Boards.patchHeader(DEMO, TRUSTEES, TarFormat.SIZE, "77777777777", true);

    assertThat(catchFormat(bel)).hasMessage("member #2 at byte 2560: member size 8589934591"
        + " exceeds the limit of 67108864 bytes");
  }

  @Test
  void rejectsASizeBeyondTheEndOfTheFile() throws IOException {
    byte[] bel = Boards.patchHeader(DEMO, RESULT_EVENT, TarFormat.SIZE, "00077777777", true);
    Path file = dir.resolve("big.bel");
    Files.write(file, bel);

    assertThatThrownBy(() -> ArchiveReader.readAll(file))
        .hasMessage("member #26 at byte 96768: truncated: the member declares 16777215 bytes"
            + " (16777216 with padding) but the file has only 512 left");
    assertThatThrownBy(() -> ArchiveReader.readAll(new ByteArrayInputStream(bel)))
        .hasMessage("member #26 at byte 96768: truncated: the file ends after 512 of the"
            + " 16777215 content bytes");
  }

  @Test
  void rejectsANonOctalSize() {
    byte[] bel = Boards.patchHeader(DEMO, TRUSTEES, TarFormat.SIZE, "0000002774x", true);

    assertThat(catchFormat(bel)).hasMessage("member #2 at byte 2560: size field"
        + " \"0000002774x\\0\" is not 11 octal digits and a NUL");
  }

  @Test
  void rejectsAnMtimeOtherThanTheArchiveTimestamp() {
    byte[] bel = Boards.patchHeader(DEMO, TRUSTEES, TarFormat.MTIME, "15301754166", true);

    assertThat(catchFormat(bel)).hasMessage("member #2 at byte 2560: mtime 1795676278 differs"
        + " from the archive timestamp 1795676277");
  }

  @Test
  void rejectsHeaderFieldsBeleniosNeverWrites() {
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, TarFormat.MODE, "0000600", true)))
        .hasMessage("member #2 at byte 2560: mode field is \"0000600\\0\", expected"
            + " \"0000644\\0\"");
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, TarFormat.UID, "0001750", true)))
        .hasMessageContaining("uid field is \"0001750\\0\"");
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, TarFormat.TYPEFLAG, "5", true)))
        .hasMessageContaining("type flag is \"5\", only regular files");
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, 257, "ustar", true)))
        .hasMessageContaining("non-zero byte at header position 257");
  }

  @Test
  void rejectsBadNames() {
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, 0, "../", true)))
        .hasMessage("member #2 at byte 2560: member name \"../\" has a byte not allowed");
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, 0, "9851BD", true)))
        .hasMessageContaining("is not <lower-case hex sha256>.data.json or .event.json");
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, 90, "x", true)))
        .hasMessageContaining("junk after the NUL that ends the member name");
    assertThat(catchFormat(Boards.patchHeader(DEMO, TRUSTEES, 0, "a".repeat(100), true)))
        .hasMessageContaining("member name is not NUL-terminated");
  }

  @Test
  void rejectsNonZeroPadding() {
    byte[] bel = DEMO.clone();
    bel[ELECTION + 512 + 956 + 3] = 1;

    assertThat(catchFormat(bel))
        .hasMessage("member #1 at byte 1024: non-zero padding after the content");
  }

  @Test
  void appliesAConfigurableMemberCap() {
    assertThatThrownBy(() -> {
      try (ArchiveReader r = ArchiveReader.of(new ByteArrayInputStream(DEMO), 1000)) {
        r.readAll();
      }
    }).hasMessage("member #2 at byte 2560: member size 12259 exceeds the limit of 1000 bytes");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 511, 512 + 20, ELECTION + 300, ELECTION + 512,
      ELECTION + 512 + 500, ELECTION + 512 + 956 + 10, RESULT_EVENT + 512 + 181,
      97792 - 1})
  void rejectsATruncatedFile(int length) {
    ArchiveFormatException e = catchFormat(Arrays.copyOf(DEMO, length));

    assertThat(e).hasMessageMatching("member #\\d+ at byte \\d+: (file ends inside a tar header"
        + " \\(\\d+ of 512 bytes\\)|truncated: .*)");
  }

  @Test
  void truncationMessagesNameThePlace() {
    assertThat(catchFormat(Arrays.copyOf(DEMO, ELECTION + 300)))
        .hasMessage("member #1 at byte 1024: file ends inside a tar header (300 of 512 bytes)");
    assertThat(catchFormat(Arrays.copyOf(DEMO, ELECTION + 512 + 500)))
        .hasMessage("member #1 at byte 1024: truncated: the file ends after 500 of the 956"
            + " content bytes");
    assertThat(catchFormat(Arrays.copyOf(DEMO, ELECTION + 512 + 956 + 10)))
        .hasMessage("member #1 at byte 1024: truncated: the file ends inside the padding after"
            + " the content");
  }

  @Test
  void readsAnArchiveCutAtAMemberBoundary() {
    Archive a = ArchiveReader.readAll(Arrays.copyOf(DEMO, FIRST_BALLOT));

    assertThat(a.members()).hasSize(5);
    assertThat(a.events()).extracting(Event::type).containsExactly(EventType.Setup);
  }

  @Test
  void rejectsAnEmptyFileAndAFileOfZeros() {
    assertThat(catchFormat(new byte[0]))
        .hasMessage("member #0 at byte 0: empty file: no BELENIOS header");
    assertThat(catchFormat(new byte[1024])).hasMessage("member #0 at byte 0: the archive starts"
        + " with a zero block instead of the BELENIOS header");
  }

  @Test
  void rejectsAnArchiveThatDoesNotStartWithTheHeader() {
    byte[] bel = Arrays.copyOfRange(DEMO, ELECTION, DEMO.length);

    assertThat(catchFormat(bel)).hasMessage("member #0 at byte 0: the first member is"
        + " 773015251c29446b32571e6f3dc1d2acbead2991f596678f1df8bbf0bbee5d9f.data.json,"
        + " expected BELENIOS");
  }

  @Test
  void rejectsABadHeaderMember() {
    assertThat(catchFormat(headerOnly("{\"version\":1, \"timestamp\":\"1\"}")))
        .hasMessage("member #0 at byte 0: bad BELENIOS header: archive header is not in"
            + " canonical form");
    assertThat(catchFormat(headerOnly("{\"version\":2,\"timestamp\":\"1\"}")))
        .hasMessage("member #0 at byte 0: unsupported archive version 2");
    assertThat(catchFormat(headerOnly("{\"version\":1,\"timestamp\":1}")))
        .hasMessageStartingWith("member #0 at byte 0: bad BELENIOS header: expected a string");
    assertThat(catchFormat(headerOnly("{\"version\":1,\"timestamp\":\"2\"}")))
        .hasMessage("member #0 at byte 0: mtime 1 differs from the archive timestamp 2");
  }

  @Test
  void rejectsRandomGarbage() {
    Random random = new Random(42);
    for (int i = 0; i < 50; i++) {
      byte[] garbage = new byte[1 + random.nextInt(3000)];
      random.nextBytes(garbage);
      assertThat(catchFormat(garbage)).hasMessageStartingWith("member #0 at byte 0: ");
    }
  }

  @Test
  void neverFailsOtherwiseOnMutatedArchives() {
    Random random = new Random(7);
    int rejected = 0;
    for (int i = 0; i < 400; i++) {
      byte[] bel = DEMO.clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        bel[random.nextInt(bel.length)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean()) {
        bel = Arrays.copyOf(bel, random.nextInt(bel.length + 1));
      }
      try {
        Chain.check(ArchiveReader.readAll(bel));
      } catch (ArchiveFormatException e) {
        rejected++;
      } catch (RuntimeException e) {
        fail("unexpected " + e + " on mutation " + i, e);
      }
    }
    assertThat(rejected).isPositive();
  }

  private static byte[] headerOnly(String json) {
    byte[] content = json.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(TarFormat.header("BELENIOS", content.length, 1));
    out.writeBytes(Arrays.copyOf(content, 512));
    return out.toByteArray();
  }

  private static ArchiveFormatException catchFormat(byte[] bel) {
    try {
      ArchiveReader.readAll(bel);
    } catch (ArchiveFormatException e) {
      return e;
    }
    throw new AssertionError("expected an ArchiveFormatException");
  }
}
