package vn.tinnhiem.crypto.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.Chain;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.archive.Member;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.credential.PublicCredentials;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.trustee.CertKeys;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.crypto.trustee.ThresholdParameters;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;
import vn.tinnhiem.crypto.trustee.TrusteeKind;
import vn.tinnhiem.crypto.trustee.TrusteePublicKey;
import vn.tinnhiem.crypto.trustee.Trustees;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * Checks the committed fixtures (made by {@code fixtures/make-fixtures.sh}) without
 * belenios-tool, with the main classes: archive structure and hash chain, result against the
 * votes, our verifier's verdict, and the KAT files.
 */
public class FixturesTest {

    static final List<String> FIXTURES =
            List.of("single-1q", "threshold-2of3-blank", "rfc3526-1q", "weighted-1q");

    /**
     * The fixtures directory: the source tree when the tests run from the module directory
     * (Maven's default), so that stale copies in target/test-classes (e.g. old archives after
     * make-fixtures.sh renamed them) never matter; otherwise the class path.
     */
    public static Path fixtures() {
        Path source = Paths.get("src/test/resources/fixtures");
        if (Files.isRegularFile(source.resolve("make-fixtures.sh"))) {
            return source.toAbsolutePath();
        }
        try {
            return Paths.get(FixturesTest.class.getResource("/fixtures/make-fixtures.sh").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path archiveOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> bels = s.filter(p -> p.toString().endsWith(".bel")).toList();
            assertThat(bels).as("exactly one .bel in " + dir).hasSize(1);
            return bels.get(0);
        }
    }

    /** The fixture's expected-result.json. */
    public static ElectionResult expectedResult(Path dir) throws IOException {
        return ElectionResult.fromJson(JsonParser.parse("{\"result\":"
                + Files.readString(dir.resolve("expected-result.json")).strip() + "}"));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-1q", "threshold-2of3-blank", "rfc3526-1q", "weighted-1q"})
    void archiveIsWellFormed(String name) throws IOException {
        Path dir = fixtures().resolve(name);
        for (String f : List.of("README.md", "expected-result.json", "private_creds.txt",
                "public_creds.json", "votes.txt", "trackers.txt", "decryptors.txt",
                "template.json")) {
            assertThat(dir.resolve(f)).as(f).isRegularFile();
        }
        Path file = archiveOf(dir);
        assertThat(Files.size(file)).isLessThan(200 * 1024);
        // The reader checks the tar headers, the mtimes and that names are content hashes.
        Archive archive = ArchiveReader.readAll(file);
        assertThat(Chain.check(archive).passed()).isTrue();
        assertThat(archive.trailingZeroBlocks()).isZero();

        List<Event> events = archive.events();
        int nBallots = Files.readAllLines(dir.resolve("votes.txt")).size();
        List<String> decryptors = Files.readAllLines(dir.resolve("decryptors.txt"));
        List<EventType> expectedTypes = new ArrayList<>();
        expectedTypes.add(EventType.Setup);
        for (int i = 0; i < nBallots; i++) {
            expectedTypes.add(EventType.Ballot);
        }
        expectedTypes.addAll(List.of(EventType.EndBallots, EventType.EncryptedTally));
        decryptors.forEach(d -> expectedTypes.add(EventType.PartialDecryption));
        expectedTypes.add(EventType.Result);
        assertThat(events).extracting(Event::type).isEqualTo(expectedTypes);
        assertThat(events).filteredOn(e -> e.type() == EventType.PartialDecryption)
                .extracting(e -> String.valueOf(JsonParser.parse(archive.data(e.payload())
                        .orElseThrow()).asObject().get("owner").asInt()))
                .isEqualTo(decryptors);

        // Setup payload: election, trustees, public credentials in this order before it
        List<Member> members = archive.members();
        Json.JObject setup = JsonParser.parse(members.get(3).bytes()).asObject();
        assertThat(setup.fields().keySet()).containsExactly("election", "trustees", "credentials");
        assertThat(setup.get("election").asString()).isEqualTo(members.get(0).hash());
        assertThat(setup.get("trustees").asString()).isEqualTo(members.get(1).hash());
        assertThat(setup.get("credentials").asString()).isEqualTo(members.get(2).hash());
        byte[] electionBytes = members.get(0).bytes();
        Election election = ElectionJson.fromBytes(electionBytes);
        assertThat(ElectionJson.toBytes(election)).isEqualTo(electionBytes);
        assertThat(file.getFileName().toString()).isEqualTo(election.uuid() + ".bel");

        // result: payload == expected-result.json == counts from votes.txt
        Event resultEvent = events.get(events.size() - 1);
        ElectionResult announced = ElectionResult.fromJson(JsonParser.parse(
                archive.data(resultEvent.payload()).orElseThrow()));
        assertThat(announced).isEqualTo(expectedResult(dir));
        assertThat(announced).isEqualTo(countVotes(dir, members.get(2).bytes(), election.group()));

        // trackers: unpadded standard base64 of the ballot's SHA-256 (= hex member name)
        List<String> trackers = Files.readAllLines(dir.resolve("trackers.txt"));
        List<byte[]> ballots = events.stream().filter(e -> e.type() == EventType.Ballot)
                .map(e -> archive.data(e.payload()).orElseThrow()).toList();
        assertThat(trackers).hasSize(ballots.size());
        for (int i = 0; i < ballots.size(); i++) {
            assertThat(trackers.get(i).split(" ")[1]).isEqualTo(Hash.base64(ballots.get(i)));
            Json.JObject ballot = JsonParser.parse(ballots.get(i)).asObject();
            assertThat(ballot.fields().keySet()).containsExactly("election_uuid", "election_hash",
                    "credential", "answers", "signature");
            assertThat(ballot.get("election_hash").asString()).isEqualTo(election.fingerprint());
        }
    }

    /** The fixtures were made by belenios-tool: our verifier accepts them with their result. */
    @ParameterizedTest
    @ValueSource(strings = {"single-1q", "threshold-2of3-blank", "rfc3526-1q", "weighted-1q"})
    void ourVerifierAcceptsTheFixtureWithItsExpectedResult(String name) throws IOException {
        Path dir = fixtures().resolve(name);
        Verdict verdict = Verifier.verify(archiveOf(dir), Progress.NONE);

        assertThat(verdict.valid()).as("%s", verdict.failure()).isTrue();
        assertThat(verdict.result()).isEqualTo(expectedResult(dir));
        assertThat(verdict.summary().ballots())
                .isEqualTo(Files.readAllLines(dir.resolve("votes.txt")).size());
        assertThat(verdict.summary().partialDecryptions())
                .isEqualTo(Files.readAllLines(dir.resolve("decryptors.txt")).size());
    }

    /** Last ballot per voter, weighted by the weight in the archive's public credentials. */
    private static ElectionResult countVotes(Path dir, byte[] publicCredentialsMember,
            Group group) throws IOException {
        // voter id -> public credential (tool's pubcreds file) -> weight (archive member)
        Map<BigInteger, Long> weights = PublicCredentials.fromJson(
                JsonParser.parse(publicCredentialsMember), group).weights();
        Map<String, Long> weightByVoter = new HashMap<>();
        for (String entry : JsonParser.parse(Files.readString(dir.resolve("public_creds.json")))
                .asList(Json::asString)) {
            String[] f = entry.split(",", -1);
            weightByVoter.put(f[2], weights.get(new BigInteger(f[0])));
        }
        Map<String, String> last = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("votes.txt"))) {
            String[] f = line.split(" ", 2);
            last.put(f[0], f[1]);
        }
        return Votes.tally(last, weightByVoter::get);
    }

    private static Archive fixtureArchive(String name) throws IOException {
        return ArchiveReader.readAll(archiveOf(fixtures().resolve(name)));
    }

    @Test
    void fingerprintsKat() throws IOException {
        List<Json> kat = JsonParser.parse(Files.readString(
                fixtures().resolve("kat/fingerprints.json"))).asArray().items();
        assertThat(kat).hasSize(FIXTURES.size());
        for (Json o : kat) {
            Json.JObject k = o.asObject();
            List<Member> members = fixtureArchive(k.get("fixture").asString()).members();
            assertThat(members.get(0).name()).isEqualTo(k.get("election_member").asString());
            assertThat(Hash.base64(members.get(0).bytes()))
                    .isEqualTo(k.get("election_hash").asString())
                    .isEqualTo(ElectionJson.fromBytes(members.get(0).bytes()).fingerprint());
            assertThat(members.get(2).name())
                    .isEqualTo(k.get("public_credentials_member").asString());
            assertThat(Hash.base64(members.get(2).bytes()))
                    .isEqualTo(k.get("public_credentials_fingerprint").asString());
            assertThat(k.get("election_hash").asString()).hasSize(43).matches("[A-Za-z0-9+/]+");
        }
    }

    @Test
    void credentialsKat() throws IOException {
        List<Json> kat = JsonParser.parse(Files.readString(
                fixtures().resolve("kat/credentials.json"))).asArray().items();
        assertThat(kat).hasSizeGreaterThanOrEqualTo(10);
        Set<String> groups = new HashSet<>();
        for (Json o : kat) {
            Json.JObject k = o.asObject();
            Group group = Group.byName(k.get("group").asString());
            groups.add(group.name());
            String cred = k.get("private_credential").asString();
            assertThat(Credentials.isWellFormed(cred)).as(cred).isTrue();
            assertThat(Credentials.publicCredential(group, k.get("uuid").asString(), cred))
                    .hasToString(k.get("public_credential").asString());
        }
        assertThat(groups).containsExactlyInAnyOrder("BELENIOS-2048", "RFC-3526-2048");
    }

    @Test
    void singleKeysKat() throws IOException {
        List<Json> kat = JsonParser.parse(Files.readString(
                fixtures().resolve("kat/single-keys.json"))).asArray().items();
        assertThat(kat).hasSize(FIXTURES.size());
        for (Json o : kat) {
            Json.JObject k = o.asObject();
            Group group = Group.byName(k.get("group").asString());
            TrusteePublicKey pub = TrusteePublicKey.fromJson(k.get("trustee_public_key"), group);
            BigInteger x = group.parseExponent(k.get("private_key").asString());
            assertThat(group.gPow(x)).isEqualTo(pub.publicKey());
            assertThat(pub.isValid(group)).isTrue();
            assertThat(TrusteeFiles.singleKeyId(pub)).isEqualTo(k.get("key_id").asString());
            // the files in the fixture are the same objects, byte for byte
            Path trustees = fixtures().resolve(k.get("fixture").asString()).resolve("trustees");
            int id = k.get("trustee_id").asInt();
            String privkey = Files.readString(trustees.resolve("trustee-" + id + ".privkey"));
            String pubkey = Files.readString(trustees.resolve("trustee-" + id + ".pubkey"));
            assertThat(TrusteeFiles.readPrivkey(group, privkey)).isEqualTo(x);
            assertThat(TrusteeFiles.privkeyFile(SingleTrusteeKey.fromPrivateKey(group, x)))
                    .isEqualTo(privkey);
            assertThat(TrusteeFiles.pubkeyFile(pub)).isEqualTo(pubkey);
        }
    }

    @Test
    void pedersenKeysKat() throws IOException {
        Group group = Group.BELENIOS_2048;
        Path dir = fixtures().resolve("threshold-2of3-blank");
        Trustees trustees = Trustees.parse(fixtureArchive("threshold-2of3-blank").members().get(1)
                .bytes(), group);
        assertThat(trustees.items()).hasSize(2);
        assertThat(trustees.items().get(0)).isInstanceOf(TrusteeKind.Single.class);
        ThresholdParameters params = ((TrusteeKind.Pedersen) trustees.items().get(1)).parameters();

        List<Json> kat = JsonParser.parse(Files.readString(
                fixtures().resolve("kat/pedersen-keys.json"))).asArray().items();
        assertThat(kat).hasSize(3);
        for (Json o : kat) {
            Json.JObject k = o.asObject();
            int id = k.get("trustee_id").asInt();
            int index = k.get("index").asInt();
            assertThat(id).isEqualTo(index + 1); // one Single key comes first
            String seed = k.get("seed").asString();
            assertThat(seed).matches("[1-9A-HJ-NP-Za-km-z]{22}");
            SignedMessage cert = SignedMessage.fromJson(k.get("cert"), group);
            assertThat(cert).isEqualTo(params.certs().get(index - 1));
            assertThat(TrusteeFiles.certificateId(cert)).isEqualTo(k.get("cert_id").asString());
            PedersenKeys keys = PedersenKeys.fromSeed(group, seed);
            assertThat(keys.publicKeys()).isEqualTo(CertKeys.of(cert, group));

            // belenios-tool sends S_j as the plain sum of the shares, not reduced mod q
            BigInteger sj = new BigInteger(k.get("decryption_key").asString());
            assertThat(group.gPow(sj))
                    .isEqualTo(params.verificationKeys().get(index - 1).publicKey());
            Path t = dir.resolve("trustees");
            assertThat(TrusteeFiles.keyFile(TrusteeFiles.readKey(group,
                    Files.readString(t.resolve("trustee-" + id + ".key"))))).isEqualTo(seed + "\n");
            assertThat(Files.readString(t.resolve("trustee-" + id + ".decryption-key")).strip())
                    .isEqualTo(sj.toString());
            assertThat(PedersenTrustee.decryptionKey(group, keys, TrusteeFiles.singleLine(
                    Files.readString(t.resolve("trustee-" + id + ".dkey")))))
                    .isEqualTo(sj.mod(group.q()));
        }
    }

    @Test
    void jsonEscapingKatRoundTripsThroughOurWriter() throws IOException {
        Path kat = fixtures().resolve("kat");
        byte[] bytes = Files.readAllBytes(kat.resolve("json-escaping.election.json"));
        String text = text(bytes);
        assertThat(JsonWriter.write(JsonParser.parse(bytes))).isEqualTo(text);
        Election election = ElectionJson.fromBytes(bytes);
        assertThat(ElectionJson.toBytes(election)).isEqualTo(bytes);
        assertThat(election.fingerprint()).isEqualTo(Hash.base64(bytes))
                .isEqualTo(Files.readString(kat.resolve("json-escaping.election-hash.txt")).strip());
        assertThat(text).contains("\\u0001", "\\u007f", "\\t", "/", "\u00a0", "\u2028", "😀")
                .contains("\"blank\":false")
                .endsWith("\"administrator\":\"Quản trị\",\"credential_authority\":\"CA\"}");
    }
}
