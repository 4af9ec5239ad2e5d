package vn.tinnhiem.crypto.json;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Compact JSON output, byte-identical to belenios-tool's (atdgen/Yojson): no spaces, keys in
 * model order, raw UTF-8, control characters escaped, {@code /} left alone.
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static String write(Json value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  public static byte[] writeBytes(Json value) {
    return write(value).getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Json value, StringBuilder out) {
    if (value instanceof Json.JObject o) {
      out.append('{');
      Iterator<Map.Entry<String, Json>> it = o.fields().entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, Json> e = it.next();
        writeString(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
        if (it.hasNext()) {
          out.append(',');
        }
      }
      out.append('}');
    } else if (value instanceof Json.JArray a) {
      out.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(a.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Json.JString s) {
      writeString(s.value(), out);
    } else if (value instanceof Json.JNumber n) {
      out.append(n.value());
    } else if (value instanceof Json.JBool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
