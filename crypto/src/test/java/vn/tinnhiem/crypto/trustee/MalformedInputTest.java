package vn.tinnhiem.crypto.trustee;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonFormatException;

/** Outside input that is not what Belenios writes is a format error, never a wrong answer. */
class MalformedInputTest {
  private static final Group G = Group.BELENIOS_2048;

  private static String trustees() {
    return new String(Demo.member(Demo.TRUSTEES), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void rejectsUnknownKindsFieldsAndNonElements() {
    assertThatThrownBy(() -> Trustees.parse(trustees().replace("\"Single\"", "\"Double\""), G))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("unknown trustee kind");
    assertThatThrownBy(() -> Trustees.parse(trustees().replace("{\"threshold\":2",
        "{\"extra\":1,\"threshold\":2"), G))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("unexpected field");
    assertThatThrownBy(() -> Trustees.parse(trustees().replace("{\"threshold\":2",
        "{\"threshold\":4"), G))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("threshold 4 not in 1..3");
    assertThatThrownBy(() -> Trustees.parse(trustees().replace("\"public_key\":\"7",
        "\"public_key\":\"07"), G))
        .isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> Trustees.parse("[]", G)).isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> Trustees.parse("[[\"Single\"]]", G))
        .isInstanceOf(JsonFormatException.class);
  }

  @Test
  void rejectsMalformedCeremonyMessages() {
    assertThatThrownBy(() -> EncryptedMessage.parse(
        "{\"alpha\":\"2\",\"beta\":\"4\",\"data\":\"xyz\"}", G))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("hexadecimal");
    assertThatThrownBy(() -> PedersenKeys.fromSeed(G, "short"))
        .isInstanceOf(TrusteeFormatException.class);
    assertThatThrownBy(() -> TrusteeFiles.lines("{}\n\n{}\n"))
        .isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> PartialDecryption.parse(
        "{\"decryption_factors\":[[]],\"decryption_proofs\":[]}", G))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("shape");
  }
}
