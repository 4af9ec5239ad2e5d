package vn.tinnhiem.crypto.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.credential.PublicCredentials;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * The parsers that read what strangers send: a ballot, an archive, credentials. Whatever the
 * bytes, each either parses or refuses with its format exception; anything else (a
 * NullPointerException, an ArithmeticException, a stack overflow, a hang) is a finding. In a
 * normal run each target replays its seeds (under {@code src/test/resources/.../*Inputs});
 * {@code JAZZER_FUZZ=1} fuzzes, and what it finds is kept there as a regression seed.
 */
class ParserFuzzTests {

  private static final Group GROUP = Group.BELENIOS_2048;

  @FuzzTest(maxDuration = "10m")
  void ballot(byte[] bytes) {
    try {
      BallotJson.fromBytes(bytes, GROUP);
    } catch (JsonFormatException | IllegalArgumentException expected) {
      // refused: the server answers 400 or 422
    }
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] bytes) {
    try {
      JsonParser.parse(bytes);
    } catch (JsonFormatException expected) {
      // refused
    }
  }

  @FuzzTest(maxDuration = "10m")
  void archive(byte[] bytes) {
    try {
      // The verifier on whatever the reader accepts: it must give a verdict, never throw.
      Verifier.verify(ArchiveReader.readAll(bytes), Progress.NONE);
    } catch (JsonFormatException expected) {
      // not an archive
    }
  }

  @FuzzTest(maxDuration = "10m")
  void credentials(byte[] bytes) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    if (Credentials.isWellFormed(text)) {
      Credentials.publicCredential(GROUP, "12345678901234", text);
    }
    try {
      PublicCredentials.fromJson(JsonParser.parse(bytes), GROUP);
    } catch (JsonFormatException | IllegalArgumentException expected) {
      // refused
    }
  }

}
