package vn.tinnhiem.crypto.credential;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The public credentials list L (specification 4.8): each entry a public credential, optionally
 * followed by a comma and its weight. Entries must be distinct group elements.
 */
public record PublicCredentials(List<Entry> entries) {

  /** One voter's public credential and weight; {@code explicitWeight} keeps the wire form. */
  public record Entry(BigInteger credential, long weight, boolean explicitWeight) {
    public Entry {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight must be positive");
      }
    }

    public static Entry of(BigInteger credential) {
      return new Entry(credential, 1, false);
    }
  }

  public PublicCredentials {
    entries = List.copyOf(entries);
  }

  public static PublicCredentials of(List<BigInteger> credentials) {
    return new PublicCredentials(credentials.stream().map(Entry::of).toList());
  }

  /** Credential → weight, for checking ballots against L. */
  public Map<BigInteger, Long> weights() {
    Map<BigInteger, Long> out = new HashMap<>(entries.size() * 2);
    for (Entry e : entries) {
      out.put(e.credential(), e.weight());
    }
    return out;
  }

  public long totalWeight() {
    return entries.stream().mapToLong(Entry::weight).sum();
  }

  public Json toJson() {
    List<Json> items = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      items.add(Json.str(e.explicitWeight() ? e.credential() + "," + e.weight()
          : e.credential().toString()));
    }
    return Json.array(items);
  }

  public byte[] toBytes() {
    return JsonWriter.writeBytes(toJson());
  }

  public static PublicCredentials fromJson(Json json, Group group) {
    List<Entry> entries = new ArrayList<>();
    java.util.Set<BigInteger> seen = new java.util.HashSet<>();
    int index = 0;
    for (Json item : json.asArray().items()) {
      index++;
      String s = item.asString();
      int comma = s.indexOf(',');
      BigInteger credential = group.parseElement(comma < 0 ? s : s.substring(0, comma));
      long weight = 1;
      if (comma >= 0) {
        String w = s.substring(comma + 1);
        if (!w.matches("[1-9][0-9]{0,17}")) {
          throw new JsonFormatException("public credential " + index + ": bad weight \"" + w
              + "\"");
        }
        weight = Long.parseLong(w);
      }
      if (!seen.add(credential)) {
        throw new JsonFormatException("public credential " + index + " is a duplicate");
      }
      entries.add(new Entry(credential, weight, comma >= 0));
    }
    return new PublicCredentials(entries);
  }
}
