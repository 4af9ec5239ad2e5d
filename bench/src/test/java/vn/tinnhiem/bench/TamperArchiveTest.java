package vn.tinnhiem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

class TamperArchiveTest {
  private static byte[] archive;

  @BeforeAll
  static void makeArchive() {
    archive = Fixtures.archive(Group.BELENIOS_2048, 3, 1, TrusteeBoard.Shape.single(), 7L);
    assertThat(verify(archive).valid()).isTrue();
  }

  @Test
  void rewritingWithoutChangeGivesTheSameBytes() throws IOException {
    assertThat(rewrite(TamperArchive.Kind.NONE)).isEqualTo(archive);
  }

  @Test
  void aTamperedBallotIsFoundAtItsEvent() throws IOException {
    Verdict v = verify(rewrite(TamperArchive.Kind.BALLOT));
    assertThat(v.valid()).isFalse();
    assertThat(v.failure().eventType()).isEqualTo("Ballot");
    assertThat(v.failure().step()).startsWith("Ballots");
  }

  @Test
  void aTamperedResultIsFoundAtTheResult() throws IOException {
    Verdict v = verify(rewrite(TamperArchive.Kind.RESULT));
    assertThat(v.valid()).isFalse();
    assertThat(v.failure().eventType()).isEqualTo("Result");
  }

  private static byte[] rewrite(TamperArchive.Kind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TamperArchive.rewrite(kind, ArchiveReader.readAll(archive), out);
    return out.toByteArray();
  }

  private static Verdict verify(byte[] bel) {
    return Verifier.verify(ArchiveReader.readAll(bel), Progress.NONE);
  }
}
