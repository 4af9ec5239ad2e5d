package vn.tinnhiem.crypto.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

  @Test
  void roundTripsCompactJsonByteForByte() {
    String text = "{\"a\":[1,-2,{\"b\":\"Nguyễn Văn A – \\\"x\\\"\\n/\"}],\"c\":true,\"d\":null}";
    assertThat(JsonWriter.write(JsonParser.parse(text))).isEqualTo(text);
  }

  @Test
  void keepsKeyOrder() {
    Json j = JsonParser.parse("{\"z\":1,\"a\":2,\"m\":3}");
    assertThat(j.asObject().fields().keySet()).containsExactly("z", "a", "m");
  }

  @Test
  void escapesControlCharactersLikeBelenios() {
    assertThat(JsonWriter.write(Json.str("a\u0001b\u007f\tc"))).isEqualTo("\"a\\u0001b\\u007f\\tc\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "[1,]", "{\"a\":1,\"a\":2}", "1.5", "1e3", "01", "\"abc",
      "{\"a\" 1}", "[1] 2", "tru", "\"\\x\"", "\"a\u0001\"", "{1:2}", "-", "99999999999999999999"})
  void rejectsMalformedInputWithFormatError(String text) {
    assertThatThrownBy(() -> JsonParser.parse(text)).isInstanceOf(JsonFormatException.class);
  }

  @Test
  void rejectsDeepNesting() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThatThrownBy(() -> JsonParser.parse(deep)).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("nesting");
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] bad = {'"', (byte) 0xC3, (byte) 0x28, '"'};
    assertThatThrownBy(() -> JsonParser.parse(bad)).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void parsesUtf8Bytes() {
    byte[] bytes = "\"Tín nhiệm thấp\"".getBytes(StandardCharsets.UTF_8);
    assertThat(JsonParser.parse(bytes).asString()).isEqualTo("Tín nhiệm thấp");
  }

  @Test
  void wrongTypesGiveFormatErrors() {
    Json j = JsonParser.parse("{\"a\":\"1\"}");
    assertThatThrownBy(() -> j.asObject().get("a").asInt()).isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> j.asObject().get("b")).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("missing field \"b\"");
    assertThatThrownBy(() -> j.asArray()).isInstanceOf(JsonFormatException.class);
  }
}
