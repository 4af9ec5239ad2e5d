package vn.tinnhiem.crypto.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * Test helper that rewrites archives. The editing methods keep an archive well formed, so that
 * only a semantic check can fail: an edited member gets its new hash as name, every member that
 * names the old hash (setup data, sized tally, owned partial decryption, event payloads) is
 * rewritten to name the new one, and the events after it are re-linked (parent and height).
 * The {@code raw…} methods change bytes and nothing else.
 *
 * <p>Instances are immutable; every edit returns a new editor.
 */
public final class ArchiveEditor {
  /** One member: kind and content. */
  private record Item(MemberKind kind, byte[] bytes) {
    String hash() {
      return Hash.hex(bytes);
    }
  }

  private final ArchiveHeader header;
  private final List<Item> items;

  private ArchiveEditor(ArchiveHeader header, List<Item> items) {
    this.header = header;
    this.items = List.copyOf(items);
  }

  public static ArchiveEditor of(Archive archive) {
    List<Item> items = new ArrayList<>();
    for (Member m : archive.members()) {
      items.add(new Item(m.kind(), m.bytes()));
    }
    return new ArchiveEditor(archive.header(), items);
  }

  public static ArchiveEditor of(byte[] bel) {
    return of(ArchiveReader.readAll(bel));
  }

  /** The archive bytes, every member written as belenios-tool writes it. */
  public byte[] toBytes() {
    return ArchiveWriter.toBytes(toArchive());
  }

  public Archive toArchive() {
    List<Member> members = new ArrayList<>();
    long offset = ArchiveWriter.footprint(header.toJson().length); // after BELENIOS
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      members.add(new Member(i + 1, offset, it.kind(), it.hash(), it.bytes()));
      offset += ArchiveWriter.footprint(it.bytes().length);
    }
    return new Archive(header, members, 0);
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The events in archive order. */
  public List<Event> events() {
    return items.stream().filter(i -> i.kind() == MemberKind.EVENT)
        .map(i -> Event.parse(i.bytes())).toList();
  }

  /** The {@code nth} (from 0) event of this type. */
  public Event event(EventType type, int nth) {
    return events().stream().filter(e -> e.type() == type).skip(nth).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + type + " event #" + nth));
  }

  /** The first event of this type. */
  public Event event(EventType type) {
    return event(type, 0);
  }

  /** The content of the data member with this hash. */
  public byte[] data(String hash) {
    for (Item it : items) {
      if (it.kind() == MemberKind.DATA && it.hash().equals(hash)) {
        return it.bytes().clone();
      }
    }
    throw new IllegalArgumentException("no data member " + hash);
  }

  public Json json(String hash) {
    return JsonParser.parse(data(hash));
  }

  /** The payload of the {@code nth} event of this type, parsed. */
  public Json payload(EventType type, int nth) {
    return json(event(type, nth).payload());
  }

  // ---- cutting -------------------------------------------------------------------------------

  /** Everything up to and including the event at {@code height}; a valid earlier stage. */
  public ArchiveEditor cutAfterEvent(int height) {
    return new ArchiveEditor(header, items.subList(0, indexOfEvent(height) + 1));
  }

  /** Everything before the first event of {@code type} and the data that belongs to it. */
  public ArchiveEditor cutBefore(EventType type) {
    return cutAfterEvent(event(type).height() - 1);
  }

  /**
   * The prefix of {@code bel} that ends right after its first event of {@code type}. Belenios
   * archives have no end-of-archive blocks, so this is a valid archive of an earlier stage that
   * belenios-tool verifies and extends.
   */
  public static byte[] cutAfterFirstEvent(byte[] bel, EventType type) {
    ArchiveEditor e = of(bel);
    return e.cutAfterEvent(e.event(type).height()).toBytes();
  }

  // ---- edits that keep the archive well formed -----------------------------------------------

  /** Replaces the data member(s) with this hash by {@code content}, then re-links. */
  public ArchiveEditor replaceData(String hash, byte[] content) {
    List<Item> out = new ArrayList<>(items);
    boolean found = false;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).kind() == MemberKind.DATA && out.get(i).hash().equals(hash)) {
        out.set(i, new Item(MemberKind.DATA, content.clone()));
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no data member " + hash);
    }
    Map<String, String> renamed = new HashMap<>();
    renamed.put(hash, Hash.hex(content));
    return new ArchiveEditor(header, relink(out, renamed));
  }

  /** Parses the data member, applies {@code edit}, writes it back compactly and re-links. */
  public ArchiveEditor editJson(String hash, UnaryOperator<Json> edit) {
    return replaceData(hash, JsonWriter.writeBytes(edit.apply(json(hash))));
  }

  /** {@link #editJson} on the payload of the {@code nth} event of {@code type}. */
  public ArchiveEditor editPayload(EventType type, int nth, UnaryOperator<Json> edit) {
    return editJson(event(type, nth).payload(), edit);
  }

  /**
   * Inserts data members and then an event of {@code type} whose payload is the last of them
   * (no data: no payload) just before the data of the event now at {@code height}, or at the
   * end when {@code height} is the number of events; re-links and renumbers what follows.
   */
  public ArchiveEditor insertEvent(int height, EventType type, byte[]... data) {
    int at = height == 0 ? 0 : indexOfEvent(height - 1) + 1;
    List<Item> out = new ArrayList<>(items.subList(0, at));
    for (byte[] d : data) {
      out.add(new Item(MemberKind.DATA, d.clone()));
    }
    String payload = data.length == 0 ? null : Hash.hex(data[data.length - 1]);
    // parent and height are fixed by the re-link below
    out.add(new Item(MemberKind.EVENT, new Event(null, 0, type, payload).toJson()));
    out.addAll(items.subList(at, items.size()));
    return new ArchiveEditor(header, relink(out, new HashMap<>()));
  }

  // ---- raw edits: nothing else changes -------------------------------------------------------

  /** Rewrites the event at {@code height} (canonically) without touching anything else. */
  public ArchiveEditor rawEditEvent(int height, UnaryOperator<Event> edit) {
    List<Item> out = new ArrayList<>(items);
    int i = indexOfEvent(height);
    out.set(i, new Item(MemberKind.EVENT, edit.apply(Event.parse(out.get(i).bytes())).toJson()));
    return new ArchiveEditor(header, out);
  }

  /**
   * Replaces the bytes of the event at {@code height}, which need not be an event any more;
   * nothing else changes, so the next event's parent no longer matches.
   */
  public ArchiveEditor rawReplaceEvent(int height, byte[] content) {
    List<Item> out = new ArrayList<>(items);
    out.set(indexOfEvent(height), new Item(MemberKind.EVENT, content.clone()));
    return new ArchiveEditor(header, out);
  }

  /**
   * Replaces the bytes of the data member(s) with this hash; the member is named after its new
   * content, and nothing refers to that name.
   */
  public ArchiveEditor rawReplaceData(String hash, byte[] content) {
    List<Item> out = new ArrayList<>(items);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).kind() == MemberKind.DATA && out.get(i).hash().equals(hash)) {
        out.set(i, new Item(MemberKind.DATA, content.clone()));
      }
    }
    return new ArchiveEditor(header, out);
  }

  /**
   * One pass in file order: hashes in {@code renamed} are replaced wherever a member names them
   * (references always point backwards), events get the previous event's hash as parent and
   * their position as height, and every member whose bytes change is added to {@code renamed}.
   */
  private static List<Item> relink(List<Item> in, Map<String, String> renamed) {
    List<Item> out = new ArrayList<>(in.size());
    String parent = null;
    int height = 0;
    for (Item it : in) {
      String before = it.hash();
      byte[] bytes = it.bytes();
      if (it.kind() == MemberKind.EVENT) {
        Event e = Event.parse(bytes);
        String payload = e.payload() == null ? null : renamed.getOrDefault(e.payload(),
            e.payload());
        bytes = new Event(parent, height++, e.type(), payload).toJson();
      } else {
        bytes = replaceAll(bytes, renamed);
      }
      Item now = new Item(it.kind(), bytes);
      if (!now.hash().equals(before)) {
        renamed.put(before, now.hash());
      }
      if (it.kind() == MemberKind.EVENT) {
        parent = now.hash();
      }
      out.add(now);
    }
    return out;
  }

  private static byte[] replaceAll(byte[] bytes, Map<String, String> renamed) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1); // byte for byte
    String replaced = text;
    for (Map.Entry<String, String> r : renamed.entrySet()) {
      replaced = replaced.replace(r.getKey(), r.getValue());
    }
    return replaced.equals(text) ? bytes : replaced.getBytes(StandardCharsets.ISO_8859_1);
  }

  // ---- JSON trees ----------------------------------------------------------------------------

  /** The value at {@code path}: object keys (String) and array indexes (Integer). */
  public static Json get(Json root, Object... path) {
    Json at = root;
    for (Object step : path) {
      at = step instanceof String key ? at.asObject().get(key) : at.asArray().get((Integer) step);
    }
    return at;
  }

  /** A copy of {@code root} with the value at {@code path} replaced. */
  public static Json set(Json root, Json value, Object... path) {
    return set(root, value, path, 0);
  }

  /** A copy of {@code root} with {@code f} applied to the value at {@code path}. */
  public static Json update(Json root, UnaryOperator<Json> f, Object... path) {
    return set(root, f.apply(get(root, path)), path);
  }

  private static Json set(Json node, Json value, Object[] path, int i) {
    if (i == path.length) {
      return value;
    }
    if (path[i] instanceof String key) {
      Map<String, Json> fields = new LinkedHashMap<>(node.asObject().fields());
      if (!fields.containsKey(key)) {
        throw new JsonFormatException("no field " + key);
      }
      fields.put(key, set(fields.get(key), value, path, i + 1));
      return new Json.JObject(fields);
    }
    List<Json> list = new ArrayList<>(node.asArray().items());
    int index = (Integer) path[i];
    list.set(index, set(list.get(index), value, path, i + 1));
    return new Json.JArray(list);
  }

  private int indexOfEvent(int height) {
    int seen = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).kind() == MemberKind.EVENT && seen++ == height) {
        return i;
      }
    }
    throw new IllegalArgumentException("no event at height " + height);
  }
}
