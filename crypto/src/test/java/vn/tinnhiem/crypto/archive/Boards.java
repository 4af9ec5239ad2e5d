package vn.tinnhiem.crypto.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.tinnhiem.crypto.Resources;

/** Test fixtures: the belenios-tool demo archive and ways to build altered copies of it. */
final class Boards {
  /** belenios-tool 2.0's threshold demo: 3 ballots, 2-of-3 Pedersen trustees plus a server key. */
  static final String DEMO = "/archive/threshold-demo.bel";
  static final long DEMO_TIMESTAMP = 1795676277L;
  static final int DEMO_MEMBERS = 26;
  static final int DEMO_EVENTS = 10;

  private Boards() {}

  static byte[] demoBytes() {
    return Resources.bytes(DEMO.substring(1));
  }

  static Archive demo() {
    return ArchiveReader.readAll(demoBytes());
  }

  /** One member to write: kind and content. */
  record Item(MemberKind kind, byte[] bytes) {
    static Item data(String json) {
      return new Item(MemberKind.DATA, json.getBytes(StandardCharsets.UTF_8));
    }

    static Item event(Event e) {
      return new Item(MemberKind.EVENT, e.toJson());
    }

    Event event() {
      return Event.parse(bytes);
    }
  }

  static List<Item> items(Archive archive) {
    List<Item> items = new ArrayList<>();
    for (Member m : archive.members()) {
      items.add(new Item(m.kind(), m.bytes()));
    }
    return items;
  }

  /** A well-formed archive (tar-wise) holding exactly these members. */
  static byte[] bel(long timestamp, List<Item> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArchiveWriter w = new ArchiveWriter(out, timestamp)) {
      w.writeHeader(ArchiveHeader.of(timestamp));
      for (Item i : items) {
        w.write(i.kind(), i.bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The demo's members with the {@code n}-th event (0-based) altered. */
  static List<Item> demoWithEvent(int n, UnaryOperator<Event> change) {
    List<Item> items = items(demo());
    int seen = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).kind() == MemberKind.EVENT && seen++ == n) {
        items.set(i, Item.event(change.apply(items.get(i).event())));
        return items;
      }
    }
    throw new IllegalArgumentException("no event " + n);
  }

  /** Position in {@link #items} of the {@code n}-th event (0-based). */
  static int indexOfEvent(List<Item> items, int n) {
    int seen = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).kind() == MemberKind.EVENT && seen++ == n) {
        return i;
      }
    }
    throw new IllegalArgumentException("no event " + n);
  }

  static ChainCheck check(List<Item> items) {
    return Chain.check(ArchiveReader.readAll(bel(DEMO_TIMESTAMP, items)));
  }

  /** Overwrites a tar header field, optionally fixing the checksum so only that field is bad. */
  static byte[] patchHeader(byte[] bel, int headerOffset, int field, String value,
      boolean fixChecksum) {
    byte[] copy = bel.clone();
    byte[] v = value.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(v, 0, copy, headerOffset + field, v.length);
    if (fixChecksum) {
      byte[] block = java.util.Arrays.copyOfRange(copy, headerOffset, headerOffset + 512);
      byte[] sum = String.format("%06o", TarFormat.checksum(block))
          .getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(sum, 0, copy, headerOffset + TarFormat.CHECKSUM, 6);
    }
    return copy;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
