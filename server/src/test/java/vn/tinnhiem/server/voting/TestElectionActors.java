package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.proof.Schnorr;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.Vinput;
import vn.tinnhiem.crypto.trustee.Voutput;
import vn.tinnhiem.server.account.AccountUser;

/**
 * The people of an electronic vote, played in Java against the HTTP API: counting-board
 * members running the ceremony through their links, a board member making credentials, voters
 * casting. The same steps the browser code does, so server tests need no browser.
 */
final class TestElectionActors {

  private static final Pattern LINK = Pattern.compile("/trustee/([1-9A-HJ-NP-Za-km-z]{32})");

  private final MockMvcTester mvc;
  private final long sessionId;

  TestElectionActors(MockMvcTester mvc, long sessionId) {
    this.mvc = mvc;
    this.sessionId = sessionId;
  }

  /** The tokens of the trustee links on a page, in order. */
  static List<String> tokens(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(html);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** Starts the ceremony as {@code secretary}; returns the trustees' tokens. */
  List<String> startCeremony(AccountUser secretary, int threshold) throws Exception {
    MvcTestResult page = mvc.post().uri("/sessions/{id}/voting/ceremony", sessionId)
        .with(user(secretary)).with(csrf()).param("threshold", String.valueOf(threshold))
        .exchange();
    assertThat(page).hasStatusOk();
    return tokens(page.getResponse().getContentAsString());
  }

  Json state(String token) throws Exception {
    MvcTestResult r = mvc.get().uri("/api/trustee/{t}", token).exchange();
    assertThat(r).hasStatusOk();
    return JsonParser.parse(r.getResponse().getContentAsByteArray());
  }

  MvcTestResult postJson(String uri, String json) {
    return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
        .content(json.getBytes(StandardCharsets.UTF_8)).exchange();
  }

  /** Runs the whole Pedersen ceremony for every token; returns each member's keys. */
  List<PedersenKeys> pedersen(Group group, List<String> tokens, int threshold) throws Exception {
    List<PedersenKeys> keys = new ArrayList<>();
    for (String t : tokens) {
      PedersenKeys k = PedersenKeys.generate(group);
      keys.add(k);
      assertCreated(postJson("/api/trustee/" + t + "/certificate",
          PedersenTrustee.certificate(group, k).write()));
    }
    for (int i = 0; i < tokens.size(); i++) {
      List<SignedMessage> certs = state(tokens.get(i)).asObject().get("certificates")
          .asList(j -> SignedMessage.fromJson(j, group));
      assertCreated(postJson("/api/trustee/" + tokens.get(i) + "/polynomial",
          PedersenTrustee.polynomial(group, keys.get(i), certs, threshold).write()));
    }
    for (int i = 0; i < tokens.size(); i++) {
      Json.JObject s = state(tokens.get(i)).asObject();
      List<SignedMessage> certs = s.get("certificates").asList(j -> SignedMessage.fromJson(j, group));
      Vinput vinput = Vinput.fromJson(s.get("vinput"), group);
      assertCreated(postJson("/api/trustee/" + tokens.get(i) + "/voutput",
          PedersenTrustee.voutput(group, keys.get(i), certs, vinput).write()));
    }
    return keys;
  }

  /** Makes {@code count} credentials for a site and uploads the public ones; returns the private. */
  List<String> credentials(AccountUser board, long siteId, String uuid, Group group, int count)
      throws Exception {
    List<String> privates = new ArrayList<>();
    List<BigInteger> publics = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String c = Credentials.generate();
      privates.add(c);
      publics.add(Credentials.publicCredential(group, uuid, c));
    }
    publics.sort(null);
    String body = JsonWriter.write(Json.obj("public_credentials",
        Json.array(publics.stream().map(p -> Json.str(p.toString())).toList())));
    MvcTestResult r = mvc.post().uri("/api/sessions/{id}/credentials/sites/{s}", sessionId, siteId)
        .with(user(board)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
        .exchange();
    assertThat(r).hasStatus(201);
    return privates;
  }

  Election election() throws Exception {
    MvcTestResult r = mvc.get().uri("/api/sessions/{id}/election", sessionId).exchange();
    assertThat(r).hasStatusOk();
    return ElectionJson.fromBytes(r.getResponse().getContentAsByteArray());
  }

  MvcTestResult cast(byte[] ballot) {
    return mvc.post().uri("/api/sessions/{id}/ballots", sessionId)
        .contentType(MediaType.APPLICATION_JSON).content(ballot).exchange();
  }

  /** A trustee's partial decryption of the encrypted tally the server gives them. */
  String partialDecryption(Group group, String token, PedersenKeys keys, String fingerprint)
      throws Exception {
    Voutput voutput = Voutput.fromJson(state(token).asObject().get("voutput"), group);
    BigInteger x = PedersenTrustee.decryptionKey(group, keys, voutput.privateKey());
    MvcTestResult r = mvc.get().uri("/api/trustee/{t}/encrypted-tally", token).exchange();
    assertThat(r).hasStatusOk();
    EncryptedTally tally = EncryptedTally.fromJson(
        JsonParser.parse(r.getResponse().getContentAsByteArray()), group);
    return Decryption.compute(group, tally.ciphertexts(), x, fingerprint).write();
  }

  /** Rows of any text column of any table that contain {@code secret}: H2 and PostgreSQL. */
  static int rowsContaining(org.springframework.jdbc.core.simple.JdbcClient jdbc,
      String secret) {
    int found = 0;
    for (var column : jdbc.sql("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE LOWER(table_schema) = 'public' AND LOWER(data_type) IN
              ('character varying', 'text', 'character large object', 'character')""")
        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()) {
      found += jdbc.sql("SELECT COUNT(*) FROM " + column.get(0) + " WHERE CAST("
              + column.get(1) + " AS VARCHAR) LIKE :s")
          .param("s", "%" + secret + "%").query(Integer.class).single();
    }
    return found;
  }

  /** The ballot signed again after a change, so only the changed part can fail. */
  static Ballot resign(Election election, String credential, Ballot changed) {
    Group group = election.group();
    BigInteger secret = Credentials.secret(group, election.uuid(), credential);
    String hash = Hash.base64(BallotJson.unsignedBytes(changed));
    return new Ballot(changed.electionUuid(), changed.electionHash(), changed.credential(),
        changed.answers(), new Ballot.Signature(hash, Schnorr.sign(group, secret, hash)));
  }

  static void assertCreated(MvcTestResult r) throws Exception {
    assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString())
        .isEqualTo(201);
  }
}
