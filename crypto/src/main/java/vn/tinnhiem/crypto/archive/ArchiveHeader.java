package vn.tinnhiem.crypto.archive;

import java.util.Arrays;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The {@code BELENIOS} member that opens every archive:
 * {@code {"version":1,"timestamp":"<seconds>"}}. The timestamp is also every member's tar mtime,
 * so it must fit the 11 octal digits of that field.
 */
public record ArchiveHeader(int version, long timestamp) {
  /** The only archive version Belenios 2.0 reads or writes. */
  public static final int VERSION = 1;
  /** Largest value of an 11-digit octal tar field. */
  public static final long MAX_TIMESTAMP = 077777777777L;

  public ArchiveHeader {
    if (timestamp < 0 || timestamp > MAX_TIMESTAMP) {
      throw new IllegalArgumentException("archive timestamp out of range: " + timestamp);
    }
  }

  public static ArchiveHeader of(long timestamp) {
    return new ArchiveHeader(VERSION, timestamp);
  }

  /**
   * Parses the header member strictly: exactly these two fields, the timestamp a decimal
   * string, and the bytes canonical, since belenios-tool rewrites the header when it verifies.
   */
  public static ArchiveHeader parse(byte[] json) {
    Json.JObject o = JsonParser.parse(json).asObject().onlyKeys("version", "timestamp");
    String ts = o.get("timestamp").asString();
    if (ts.isEmpty() || ts.length() > 12 || !ts.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new JsonFormatException("archive timestamp is not a decimal number: \"" + ts + "\"");
    }
    long timestamp = Long.parseLong(ts);
    if (timestamp > MAX_TIMESTAMP) {
      throw new JsonFormatException("archive timestamp " + ts + " does not fit a tar mtime");
    }
    ArchiveHeader header = new ArchiveHeader(o.get("version").asInt(), timestamp);
    if (!Arrays.equals(header.toJson(), json)) {
      throw new JsonFormatException("archive header is not in canonical form");
    }
    return header;
  }

  public byte[] toJson() {
    return JsonWriter.writeBytes(Json.obj(
        "version", Json.integer(version),
        "timestamp", Json.str(Long.toString(timestamp))));
  }
}
