package vn.tinnhiem.crypto.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * One event of the board: {@code {"parent":H,"height":n,"type":T,"payload":H}} in that order,
 * absent fields omitted. Only field syntax is checked here; which events may have a parent or a
 * payload is the {@link Chain}'s business, so that a bad archive reads as a failed check.
 *
 * @param parent hex SHA-256 of the previous event's bytes; null for the first event
 * @param height 0 for the first event, then one more per event
 * @param type the event type
 * @param payload hex SHA-256 of the payload data member; null when the event has none
 */
public record Event(String parent, int height, EventType type, String payload) {
  public Event {
    if (parent != null && !isHexHash(parent)) {
      throw new IllegalArgumentException("event parent is not a lower-case hex SHA-256: "
          + parent);
    }
    if (height < 0) {
      throw new IllegalArgumentException("event height is negative: " + height);
    }
    if (type == null) {
      throw new NullPointerException("type");
    }
    if (payload != null && !isHexHash(payload)) {
      throw new IllegalArgumentException("event payload is not a lower-case hex SHA-256: "
          + payload);
    }
  }

  /** Parses an event member; the bytes need not be canonical (see {@link #toJson()}). */
  public static Event parse(byte[] json) {
    Json.JObject o = JsonParser.parse(json).asObject().onlyKeys("parent", "height", "type",
        "payload");
    String typeName = o.get("type").asString();
    EventType type = EventType.fromJson(typeName)
        .orElseThrow(() -> new JsonFormatException("unknown event type \"" + typeName + "\""));
    String parent = o.has("parent") ? o.get("parent").asString() : null;
    int height = o.get("height").asInt();
    String payload = o.has("payload") ? o.get("payload").asString() : null;
    try {
      return new Event(parent, height, type, payload);
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(e.getMessage(), e);
    }
  }

  public Json.JObject toJsonValue() {
    Map<String, Json> fields = new LinkedHashMap<>();
    if (parent != null) {
      fields.put("parent", Json.str(parent));
    }
    fields.put("height", Json.integer(height));
    fields.put("type", Json.str(type.name()));
    if (payload != null) {
      fields.put("payload", Json.str(payload));
    }
    return new Json.JObject(fields);
  }

  /** The canonical bytes, as belenios-tool writes (and re-derives) them. */
  public byte[] toJson() {
    return JsonWriter.writeBytes(toJsonValue());
  }

  /** The event's own hash: what the next event names as its parent. */
  public String hash() {
    return Hash.hex(toJson());
  }

  static boolean isHexHash(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
