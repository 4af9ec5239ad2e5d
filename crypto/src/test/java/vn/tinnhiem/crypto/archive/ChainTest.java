package vn.tinnhiem.crypto.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.archive.Boards.Item;
import vn.tinnhiem.crypto.group.Hash;

class ChainTest {
  private static final String SETUP_HASH =
      "910797d45eed27ca9bf8b0c8e8ed24ffd20ecfa042e4e694e7cc7a8a43581e25";
  private static final String RESULT_HASH =
      "d923f1bed0597336e437599181c3718ae572f067af01f16e76ada4f46ca8323e";

  @Test
  void passesTheDemo() {
    ChainCheck check = Chain.check(Boards.demo());

    assertThat(check).isEqualTo(new ChainCheck.Pass(10, 16, RESULT_HASH, EventType.Result));
    assertThat(((ChainCheck.Pass) check).complete()).isTrue();
  }

  @Test
  void streamingAgreesWithInMemory() throws IOException {
    try (ArchiveReader r = ArchiveReader.of(new ByteArrayInputStream(Boards.demoBytes()))) {
      assertThat(Chain.check(r)).isEqualTo(Chain.check(Boards.demo()));
    }
  }

  @Test
  void passesEveryPrefixThatEndsAtAnEvent() {
    List<Item> items = Boards.items(Boards.demo());
    for (int n = 0; n < Boards.DEMO_EVENTS; n++) {
      int end = Boards.indexOfEvent(items, n) + 1;
      ChainCheck check = Boards.check(items.subList(0, end));
      assertThat(check.passed()).as("prefix up to event %d: %s", n, check).isTrue();
      assertThat(((ChainCheck.Pass) check).events()).isEqualTo(n + 1);
    }
  }

  @Test
  void failsABrokenParentLink() {
    ChainCheck check = Boards.check(Boards.demoWithEvent(2,
        e -> new Event(SETUP_HASH, e.height(), e.type(), e.payload())));

    assertThat(check).isEqualTo(new ChainCheck.Fail(ChainCheck.LINKS, 9, 46592, 2,
        "parent is " + SETUP_HASH + " but the previous event hashes to"
            + " 3dc9d27c1d8aa1d378e97f41051bee749a1de892ead3a673d3165d48e0c2e570"));
    assertThat(check.toString()).isEqualTo("Archive: hash chain: member #9 at byte 46592"
        + " (height 2): parent is " + SETUP_HASH + " but the previous event hashes to"
        + " 3dc9d27c1d8aa1d378e97f41051bee749a1de892ead3a673d3165d48e0c2e570");
  }

  @Test
  void failsAWrongHeight() {
    ChainCheck check = Boards.check(Boards.demoWithEvent(4,
        e -> new Event(e.parent(), 5, e.type(), e.payload())));

    assertThat(fail(check).step()).isEqualTo(ChainCheck.LINKS);
    assertThat(fail(check).memberIndex()).isEqualTo(12);
    assertThat(fail(check).why()).isEqualTo("height is 5, expected 4");
  }

  @Test
  void failsAFirstEventWithAParentOrHeight() {
    assertThat(fail(Boards.check(Boards.demoWithEvent(0,
        e -> new Event(RESULT_HASH, 0, e.type(), e.payload())))).why())
        .isEqualTo("the first event has a parent " + RESULT_HASH);
    assertThat(fail(Boards.check(Boards.demoWithEvent(0,
        e -> new Event(null, 1, e.type(), e.payload())))).why())
        .isEqualTo("the first event has height 1, expected 0");
  }

  @Test
  void failsAMissingPayload() {
    List<Item> items = Boards.items(Boards.demo());
    int ballotEvent = Boards.indexOfEvent(items, 2);
    items.remove(ballotEvent - 1); // the second ballot's data

    ChainCheck.Fail f = fail(Boards.check(items));
    assertThat(f.step()).isEqualTo(ChainCheck.PAYLOADS);
    assertThat(f.memberIndex()).isEqualTo(8);
    assertThat(f.height()).isEqualTo(2);
    assertThat(f.why()).isEqualTo("payload"
        + " 38e1350b288fe64f37efb50a7c4afe3314f2206ae9e31d62ecd4a5234c5835aa is not among the"
        + " data members written since the previous event");
  }

  @Test
  void failsAPayloadRuleBrokenEitherWay() {
    assertThat(fail(Boards.check(Boards.demoWithEvent(1,
        e -> new Event(e.parent(), e.height(), e.type(), null)))).why())
        .isEqualTo("a Ballot event needs a payload");
    assertThat(fail(Boards.check(Boards.demoWithEvent(4,
        e -> new Event(e.parent(), e.height(), e.type(), SETUP_HASH)))).why())
        .isEqualTo("a EndBallots event has no payload, found " + SETUP_HASH);
  }

  @Test
  void failsAnEventOutOfSequence() {
    ChainCheck.Fail f = fail(Boards.check(Boards.demoWithEvent(4,
        e -> new Event(e.parent(), e.height(), EventType.EncryptedTally, e.payload()))));

    assertThat(f.step()).isEqualTo(ChainCheck.SEQUENCE);
    assertThat(f.why()).isEqualTo("EncryptedTally cannot follow Ballot; expected one of"
        + " [Ballot, EndBallots]");
  }

  @Test
  void failsAnArchiveThatDoesNotStartWithSetup() {
    List<Item> items = new ArrayList<>(List.of(Item.event(new Event(null, 0, EventType.EndBallots,
        null))));

    assertThat(fail(Boards.check(items)).why())
        .isEqualTo("EndBallots cannot follow the archive header; expected one of [Setup]");
  }

  @Test
  void failsAnEventAfterResult() {
    List<Item> items = Boards.items(Boards.demo());
    items.add(Item.event(new Event(RESULT_HASH, 10, EventType.EndShuffles, null)));

    assertThat(fail(Boards.check(items)).why())
        .isEqualTo("EndShuffles cannot follow Result: nothing may follow Result");
  }

  @Test
  void failsUnreferencedDataBeforeAnEvent() {
    List<Item> items = Boards.items(Boards.demo());
    items.add(Boards.indexOfEvent(items, 4), Item.data("{\"note\":1}"));

    ChainCheck.Fail f = fail(Boards.check(items));
    assertThat(f.step()).isEqualTo(ChainCheck.LAYOUT);
    assertThat(f.memberIndex()).isEqualTo(12);
    assertThat(f.why()).endsWith("is not referenced by the EndBallots event at height 4 that"
        + " follows it");
  }

  @Test
  void failsDataAfterTheLastEvent() {
    List<Item> items = Boards.items(Boards.demo());
    items.add(Item.data("{\"note\":1}"));

    ChainCheck.Fail f = fail(Boards.check(items));
    assertThat(f.step()).isEqualTo(ChainCheck.LAYOUT);
    assertThat(f.memberIndex()).isEqualTo(27);
    assertThat(f.offset()).isEqualTo(97792);
    assertThat(f.why()).endsWith("after the last event is not referenced by any event");
  }

  @Test
  void failsDataInTheWrongOrder() {
    List<Item> items = Boards.items(Boards.demo());
    Item election = items.remove(0);
    items.add(1, election); // trustees, election, credentials, setup data

    ChainCheck.Fail f = fail(Boards.check(items));
    assertThat(f.step()).isEqualTo(ChainCheck.LAYOUT);
    assertThat(f.why()).isEqualTo("the data before a Setup event must be [election, trustees,"
        + " credentials, setup data] in that order, found [trustees, election, credentials,"
        + " setup data]");
  }

  @Test
  void failsAPayloadNotWrittenLast() {
    List<Item> items = Boards.items(Boards.demo());
    int tally = Boards.indexOfEvent(items, 5);
    Item sized = items.remove(tally - 1);
    items.add(tally - 2, sized);

    assertThat(fail(Boards.check(items)).why()).endsWith("is not the data member just before"
        + " the event, where belenios-tool writes it");
  }

  @Test
  void failsAMissingInnerDataOfAnOwnedPayload() {
    List<Item> items = Boards.items(Boards.demo());
    int pd = Boards.indexOfEvent(items, 6);
    items.remove(pd - 2); // the partial decryption itself, keeping {"owner":1,"payload":H}

    ChainCheck.Fail f = fail(Boards.check(items));
    assertThat(f.step()).isEqualTo(ChainCheck.PAYLOADS);
    assertThat(f.why()).startsWith("the partial decryption ").endsWith(" named by the owned"
        + " partial decryption is not among the data members written since the previous event");
  }

  @Test
  void failsAnUnreadableSetupData() {
    List<Item> items = Boards.items(Boards.demo());
    Item bad = Item.data("{\"election\":1}");
    items.set(3, bad);
    items.set(4, Item.event(new Event(null, 0, EventType.Setup, Hash.hex(bad.bytes()))));

    ChainCheck.Fail f = fail(Boards.check(items));
    assertThat(f.memberIndex()).isEqualTo(4);
    assertThat(f.why()).isEqualTo("the setup data payload of the event at height 0 is not valid:"
        + " expected a string, found a number");
  }

  @Test
  void failsNonCanonicalOrInvalidEventJson() {
    List<Item> items = Boards.items(Boards.demo());
    String setup = new String(items.get(4).bytes(), StandardCharsets.UTF_8);
    items.set(4, new Item(MemberKind.EVENT, setup.replace(",", ", ")
        .getBytes(StandardCharsets.UTF_8)));
    ChainCheck.Fail f = fail(Boards.check(items));
    assertThat(f.step()).isEqualTo(ChainCheck.EVENTS);
    assertThat(f.why()).isEqualTo("event JSON is not canonical; belenios-tool would write "
        + setup);

    items.set(4, new Item(MemberKind.EVENT, "{\"height\":0,\"type\":\"Vote\"}"
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(fail(Boards.check(items)).why())
        .isEqualTo("not a valid event: unknown event type \"Vote\"");
  }

  @Test
  void failsTrailingZeroBlocksAndEmptyArchives() {
    ChainCheck.Fail f = fail(Chain.check(ArchiveReader.readAll(
        Boards.concat(Boards.demoBytes(), new byte[1024]))));
    assertThat(f.toString()).isEqualTo("Archive: layout: 2 end-of-archive zero block(s) after"
        + " the last member: belenios-tool never writes them and rejects them");

    assertThat(fail(Boards.check(List.of())).why()).isEqualTo("the archive has no event");
  }

  @Test
  void aRefusedEventLeavesTheChainAsItWas() {
    Chain chain = new Chain();
    List<Member> members = Boards.demo().members();
    for (Member m : members.subList(0, 5)) {
      assertThat(chain.accept(m)).isEmpty();
    }
    Member badEnd = Member.of(6, 19968, MemberKind.EVENT,
        new Event(null, 1, EventType.EndBallots, null).toJson());

    assertThat(chain.accept(badEnd)).isPresent();
    assertThat(chain.lastEventHash()).contains(SETUP_HASH);
    assertThat(chain.nextHeight()).isEqualTo(1);
    for (Member m : members.subList(5, members.size())) {
      assertThat(chain.accept(m)).isEmpty();
    }
    assertThat(chain.finish().passed()).isTrue();
  }

  @Test
  void allowsTheSpecSequenceWithShuffles() {
    assertThat(Chain.allowedAfter(EventType.EncryptedTally)).containsExactlyInAnyOrder(
        EventType.Shuffle, EventType.EndShuffles, EventType.PartialDecryption, EventType.Result);
    assertThat(Chain.allowedAfter(EventType.Shuffle))
        .containsExactlyInAnyOrder(EventType.Shuffle, EventType.EndShuffles);
    assertThat(Chain.allowedAfter(EventType.EndShuffles))
        .containsExactlyInAnyOrder(EventType.PartialDecryption, EventType.Result);
    assertThat(Chain.allowedAfter(EventType.Result)).isEmpty();
    assertThat(Arrays.stream(EventType.values()).filter(t -> !t.hasPayload()))
        .containsExactly(EventType.EndBallots, EventType.EndShuffles);
  }

  private static ChainCheck.Fail fail(ChainCheck check) {
    assertThat(check).isInstanceOf(ChainCheck.Fail.class);
    return (ChainCheck.Fail) check;
  }
}
