package vn.tinnhiem.crypto.json;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict parser for outside JSON: valid UTF-8 only, no duplicate keys, bounded nesting, integers
 * only (Belenios writes big numbers as strings). Every failure is a {@link JsonFormatException}
 * with the byte offset; nothing else escapes.
 */
public final class JsonParser {
  /** Deeper than any Belenios structure (ballots nest 5 levels). */
  public static final int MAX_DEPTH = 32;
  /** Longer than any JSON integer Belenios writes (weights, counts). */
  private static final int MAX_NUMBER_DIGITS = 19;

  private final String text;
  private int pos;
  private int depth;

  private JsonParser(String text) {
    this.text = text;
  }

  public static Json parse(byte[] utf8) {
    return parse(decodeUtf8(utf8));
  }

  public static Json parse(String text) {
    JsonParser p = new JsonParser(text);
    p.skipSpace();
    Json value = p.value();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("trailing data after the JSON value");
    }
    return value;
  }

  /** Decodes UTF-8, rejecting malformed bytes instead of replacing them. */
  public static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new JsonFormatException("input is not valid UTF-8", e);
    }
  }

  private Json value() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return new Json.JString(string());
      case 't':
        literal("true");
        return new Json.JBool(true);
      case 'f':
        literal("false");
        return new Json.JBool(false);
      case 'n':
        literal("null");
        return new Json.JNull();
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Json.JObject object() {
    enter();
    pos++;
    Map<String, Json> fields = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      depth--;
      return new Json.JObject(fields);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a key");
      }
      int keyAt = pos;
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      Json v = value();
      if (fields.put(key, v) != null) {
        pos = keyAt;
        throw error("duplicate key \"" + key + "\"");
      }
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        break;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
    depth--;
    return new Json.JObject(fields);
  }

  private Json.JArray array() {
    enter();
    pos++;
    List<Json> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      depth--;
      return new Json.JArray(items);
    }
    while (true) {
      skipSpace();
      items.add(value());
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        break;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
    depth--;
    return new Json.JArray(items);
  }

  private String string() {
    pos++; // opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("short \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          pos += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private Json.JNumber number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    int digitsStart = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
      pos++;
    }
    int digits = pos - digitsStart;
    if (digits == 0) {
      throw error("expected digits");
    }
    if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e'
        || text.charAt(pos) == 'E')) {
      throw error("only integers are allowed here");
    }
    if (digits > 1 && text.charAt(digitsStart) == '0') {
      throw error("leading zero in number");
    }
    if (digits > MAX_NUMBER_DIGITS) {
      throw error("integer too large");
    }
    return new Json.JNumber(new BigInteger(text.substring(start, pos)));
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected token");
    }
    pos += word.length();
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(pos);
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        pos++;
      } else {
        break;
      }
    }
  }

  private JsonFormatException error(String what) {
    return new JsonFormatException("JSON: " + what + " at offset " + pos);
  }
}
