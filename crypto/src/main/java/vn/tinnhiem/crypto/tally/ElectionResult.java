package vn.tinnhiem.crypto.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The election result (4.19): per question, the count of each answer; for questions that allow
 * blank votes the blank count comes first, as in belenios-tool's output.
 */
public record ElectionResult(long[][] counts) {
  public ElectionResult {
    counts = Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
  }

  @Override
  public long[][] counts() {
    return Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
  }

  public Json toJson() {
    List<Json> rows = new ArrayList<>();
    for (long[] row : counts) {
      rows.add(Json.array(Arrays.stream(row).mapToObj(Json::count).toList()));
    }
    return Json.obj("result", Json.array(rows));
  }

  public byte[] toBytes() {
    return JsonWriter.writeBytes(toJson());
  }

  /** The bare array form, {@code [[…],[…]]}, as the CLI prints it. */
  public String toArrayString() {
    return JsonWriter.write(toJson().asObject().get("result"));
  }

  public static ElectionResult fromJson(Json json) {
    Json.JObject o = json.asObject().onlyKeys("result");
    List<long[]> rows = o.get("result").asList(row -> row.asList(Json::asCount).stream()
        .mapToLong(Long::longValue).toArray());
    return new ElectionResult(rows.toArray(long[][]::new));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElectionResult other && Arrays.deepEquals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return toArrayString();
  }
}
