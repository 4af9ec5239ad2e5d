package vn.tinnhiem.crypto.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable JSON value that keeps object keys in their written order.
 *
 * <p>Belenios hashes serialised JSON, so the field order of the specification matters; this
 * model never reorders keys and {@link JsonWriter} prints it compactly, byte for byte as
 * belenios-tool does.
 */
public sealed interface Json permits Json.JObject, Json.JArray, Json.JString, Json.JNumber,
    Json.JBool, Json.JNull {

  /** A JSON object; keys keep insertion order and are unique. */
  record JObject(Map<String, Json> fields) implements Json {
    public JObject {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field's value, or a format error naming the missing key. */
    public Json get(String key) {
      Json value = fields.get(key);
      if (value == null) {
        throw new JsonFormatException("missing field \"" + key + "\"");
      }
      return value;
    }

    public boolean has(String key) {
      return fields.containsKey(key);
    }

    /** Rejects any key not in {@code allowed}: Belenios' typed parser does the same. */
    public JObject onlyKeys(String... allowed) {
      outer:
      for (String key : fields.keySet()) {
        for (String a : allowed) {
          if (a.equals(key)) {
            continue outer;
          }
        }
        throw new JsonFormatException("unexpected field \"" + key + "\"");
      }
      return this;
    }

    public JObject without(String key) {
      Map<String, Json> copy = new LinkedHashMap<>(fields);
      copy.remove(key);
      return new JObject(copy);
    }
  }

  /** A JSON array. */
  record JArray(List<Json> items) implements Json {
    public JArray {
      items = List.copyOf(items);
    }

    public int size() {
      return items.size();
    }

    public Json get(int i) {
      return items.get(i);
    }
  }

  /** A JSON string (already unescaped). */
  record JString(String value) implements Json {
    public JString {
      if (value == null) {
        throw new NullPointerException("value");
      }
    }
  }

  /** A JSON integer. Belenios never writes fractions, so none are modelled. */
  record JNumber(BigInteger value) implements Json {
    public JNumber {
      if (value == null) {
        throw new NullPointerException("value");
      }
    }
  }

  /** A JSON boolean. */
  record JBool(boolean value) implements Json {}

  /** JSON null. */
  record JNull() implements Json {}

  // ---- building -------------------------------------------------------------------------

  static JString str(String s) {
    return new JString(s);
  }

  /** A big number as Belenios writes it: a decimal string. */
  static JString num(BigInteger n) {
    return new JString(n.toString());
  }

  static JNumber integer(long n) {
    return new JNumber(BigInteger.valueOf(n));
  }

  /**
   * A count (weight, total, result) as Belenios writes it: a JSON number below 2^30 and a decimal
   * string from 2^30 on, so that 32-bit readers never overflow.
   */
  static Json count(long n) {
    return n < (1L << 30) ? integer(n) : str(Long.toString(n));
  }

  static JBool bool(boolean b) {
    return new JBool(b);
  }

  static JArray array(List<? extends Json> items) {
    return new JArray(new ArrayList<>(items));
  }

  static JArray array(Json... items) {
    return new JArray(List.of(items));
  }

  /** An object from alternating keys and values, in that order. */
  static JObject obj(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    Map<String, Json> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      Json value = (Json) keysAndValues[i + 1];
      if (value != null && map.put(key, value) != null) {
        throw new IllegalArgumentException("duplicate key " + key);
      }
    }
    return new JObject(map);
  }

  // ---- reading, each throwing JsonFormatException on the wrong type --------------------------

  default JObject asObject() {
    if (this instanceof JObject o) {
      return o;
    }
    throw new JsonFormatException("expected an object, found " + kind());
  }

  default JArray asArray() {
    if (this instanceof JArray a) {
      return a;
    }
    throw new JsonFormatException("expected an array, found " + kind());
  }

  default String asString() {
    if (this instanceof JString s) {
      return s.value();
    }
    throw new JsonFormatException("expected a string, found " + kind());
  }

  default boolean asBoolean() {
    if (this instanceof JBool b) {
      return b.value();
    }
    throw new JsonFormatException("expected a boolean, found " + kind());
  }

  /** A small JSON integer that fits an {@code int}. */
  default int asInt() {
    if (this instanceof JNumber n) {
      try {
        return n.value().intValueExact();
      } catch (ArithmeticException e) {
        throw new JsonFormatException("integer out of range: " + n.value());
      }
    }
    throw new JsonFormatException("expected an integer, found " + kind());
  }

  default long asLong() {
    if (this instanceof JNumber n) {
      try {
        return n.value().longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonFormatException("integer out of range: " + n.value());
      }
    }
    throw new JsonFormatException("expected an integer, found " + kind());
  }

  /** A non-negative count written by {@link #count}: a number, or a decimal string >= 2^30. */
  default long asCount() {
    if (this instanceof JString s) {
      String v = s.value();
      if (!v.matches("[1-9][0-9]{0,17}") || Long.parseLong(v) < (1L << 30)) {
        throw new JsonFormatException("not a count: \"" + v + "\"");
      }
      return Long.parseLong(v);
    }
    long n = asLong();
    if (n < 0 || n >= (1L << 30)) {
      throw new JsonFormatException("count out of range: " + n);
    }
    return n;
  }

  /** A list of the array's items mapped by {@code f}. */
  default <T> List<T> asList(java.util.function.Function<Json, T> f) {
    JArray a = asArray();
    List<T> out = new ArrayList<>(a.size());
    for (Json item : a.items()) {
      out.add(f.apply(item));
    }
    return List.copyOf(out);
  }

  private String kind() {
    if (this instanceof JObject) {
      return "an object";
    } else if (this instanceof JArray) {
      return "an array";
    } else if (this instanceof JString) {
      return "a string";
    } else if (this instanceof JNumber) {
      return "a number";
    } else if (this instanceof JBool) {
      return "a boolean";
    }
    return "null";
  }
}
