package vn.tinnhiem.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.group.Group;

class CredentialsTest {

  /** Pairs read off belenios-tool 2.0 output (setup generate-credentials, uuid CozrcoBgCSUHXj). */
  @Test
  void derivesPublicCredentialsLikeBeleniosTool() {
    String uuid = "CozrcoBgCSUHXj";
    assertThat(tail(Credentials.publicCredential(Group.BELENIOS_2048, uuid,
        "rgH-M5w-NmT-4iZ-MX8"))).isEqualTo("4381914195");
    assertThat(tail(Credentials.publicCredential(Group.BELENIOS_2048, uuid,
        "mFi-vpn-ASk-JdM-9v3"))).isEqualTo("3497685265");
    assertThat(tail(Credentials.publicCredential(Group.BELENIOS_2048, uuid,
        "Nxo-YWf-kh3-aYe-YXZ"))).isEqualTo("9440807913");
  }

  private static String tail(BigInteger n) {
    String s = n.toString();
    return s.substring(s.length() - 10);
  }

  /**
   * belenios-tool writes the checksum 53 − (c mod 53), so a multiple of 53 ends in 'v' (index
   * 53), never '1': these three came from its generate-credentials.
   */
  @Test
  void checksumsOfMultiplesOf53AreBeleniosTools() {
    for (String c : new String[] {"8N1-BcH-XuA-Uki-bav", "a1k-XyR-xtC-JDB-aSv",
        "D44-Epd-gqF-rxp-Ztv"}) {
      assertThat(Credentials.isWellFormed(c)).as(c).isTrue();
      assertThat(Credentials.isWellFormed(c.substring(0, 18) + "1")).as(c).isFalse();
    }
  }

  @Test
  void generatedCredentialsHaveValidChecksums() {
    for (int i = 0; i < 200; i++) {
      String c = Credentials.generate();
      assertThat(c).matches("[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}");
      assertThat(Credentials.isWellFormed(c)).isTrue();
      assertThat(Credentials.isWellFormed(c.replace("-", ""))).isTrue();
    }
  }

  @Test
  void rejectsTyposAndForeignShapes() {
    assertThat(Credentials.isWellFormed("rgH-M5w-NmT-4iZ-MX9")).isFalse();
    assertThat(Credentials.isWellFormed("rgH-M5w-NmT-4iZ-MX")).isFalse();
    assertThat(Credentials.isWellFormed("rgH_M5w-NmT-4iZ-MX8")).isFalse();
    assertThat(Credentials.isWellFormed("0gH-M5w-NmT-4iZ-MX8")).isFalse();
    assertThat(Credentials.isWellFormed(null)).isFalse();
  }
}
