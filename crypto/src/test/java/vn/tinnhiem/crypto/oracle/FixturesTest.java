package vn.tinnhiem.crypto.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.oracle.BelArchiveReader.Member;
import vn.tinnhiem.crypto.oracle.PedersenKeyUnwrap.GroupParams;

/**
 * Checks the committed fixtures (made by {@code fixtures/make-fixtures.sh}) without
 * belenios-tool: archive structure, hash chain, result vs votes, and the KAT files, which are
 * cross-checked with plain JDK arithmetic (PBKDF2, modPow, SHA-256).
 */
class FixturesTest {

    static final List<String> FIXTURES =
            List.of("single-1q", "threshold-2of3-blank", "rfc3526-1q", "weighted-1q");
    private static final HexFormat HEX = HexFormat.of();

    /**
     * The fixtures directory: the source tree when the tests run from the module directory
     * (Maven's default), so that stale copies in target/test-classes (e.g. old archives after
     * make-fixtures.sh renamed them) never matter; otherwise the class path.
     */
    static Path fixtures() {
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

    static Path archiveOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> bels = s.filter(p -> p.toString().endsWith(".bel")).toList();
            assertThat(bels).as("exactly one .bel in " + dir).hasSize(1);
            return bels.get(0);
        }
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
        Path archive = archiveOf(dir);
        assertThat(Files.size(archive)).isLessThan(200 * 1024);
        List<Member> members = BelArchiveReader.read(archive);

        // header member
        Member header = members.get(0);
        assertThat(header.name()).isEqualTo("BELENIOS");
        assertThat(header.text()).matches("\\{\"version\":1,\"timestamp\":\"\\d+\"}");
        long timestamp = Long.parseLong((String) Json.parseObject(header.text()).get("timestamp"));
        for (Member m : members) {
            assertThat(m.mtime()).as("mtime of " + m.name()).isEqualTo(timestamp);
            assertThat(m.mode()).isEqualTo("0000644");
        }

        // every other member is named after the hex SHA-256 of its bytes; walk the event chain
        Map<String, Member> byHash = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String parent = null;
        int height = 0;
        List<String> types = new ArrayList<>();
        List<Object> owners = new ArrayList<>();
        Map<String, Object> resultPayload = null;
        List<Member> ballots = new ArrayList<>();
        for (Member m : members.subList(1, members.size())) {
            String hash = HEX.formatHex(BeleniosTool.sha256(m.content()));
            assertThat(m.text()).doesNotEndWith("\n").doesNotContain(": ").doesNotContain(", ");
            if (m.name().endsWith(".event.json")) {
                assertThat(m.name()).isEqualTo(hash + ".event.json");
                Map<String, Object> ev = Json.parseObject(m.text());
                assertThat(ev.get("parent")).isEqualTo(parent);
                assertThat(ev.get("height")).isEqualTo(BigInteger.valueOf(height));
                String type = (String) ev.get("type");
                types.add(type);
                List<String> keys = new ArrayList<>(ev.keySet());
                if (ev.containsKey("payload")) {
                    assertThat(seen).contains((String) ev.get("payload"));
                    Member payload = byHash.get((String) ev.get("payload"));
                    if (type.equals("Ballot")) {
                        ballots.add(payload);
                    }
                    if (type.equals("PartialDecryption")) {
                        owners.add(Json.parseObject(payload.text()).get("owner"));
                    }
                    if (type.equals("Result")) {
                        resultPayload = Json.parseObject(payload.text());
                    }
                } else {
                    assertThat(type).isIn("EndBallots", "EndShuffles");
                }
                assertThat(keys).isEqualTo(parent == null
                        ? List.of("height", "type", "payload")
                        : ev.containsKey("payload") ? List.of("parent", "height", "type", "payload")
                        : List.of("parent", "height", "type"));
                parent = hash;
                height++;
            } else {
                assertThat(m.name()).isEqualTo(hash + ".data.json");
            }
            byHash.put(hash, m);
            seen.add(hash);
        }
        int nBallots = Files.readAllLines(dir.resolve("votes.txt")).size();
        List<String> expectedTypes = new ArrayList<>();
        expectedTypes.add("Setup");
        for (int i = 0; i < nBallots; i++) {
            expectedTypes.add("Ballot");
        }
        expectedTypes.addAll(List.of("EndBallots", "EncryptedTally"));
        List<String> decryptors = Files.readAllLines(dir.resolve("decryptors.txt"));
        decryptors.forEach(d -> expectedTypes.add("PartialDecryption"));
        expectedTypes.add("Result");
        assertThat(types).isEqualTo(expectedTypes);
        assertThat(owners).map(Object::toString).isEqualTo(decryptors);

        // Setup payload: election, trustees, public credentials in this order before it
        Map<String, Object> setup = Json.parseObject(members.get(4).text());
        assertThat(setup.keySet()).containsExactly("election", "trustees", "credentials");
        assertThat(setup.get("election")).isEqualTo(members.get(1).name().replace(".data.json", ""));
        assertThat(setup.get("trustees")).isEqualTo(members.get(2).name().replace(".data.json", ""));
        assertThat(setup.get("credentials")).isEqualTo(members.get(3).name().replace(".data.json", ""));
        String electionJson = members.get(1).text();
        Map<String, Object> election = Json.parseObject(electionJson);
        assertThat(archive.getFileName().toString()).isEqualTo(election.get("uuid") + ".bel");
        assertThat(new ArrayList<>(election.keySet())).startsWith("version", "description", "name",
                "group", "public_key", "questions", "uuid");

        // result: payload == expected-result.json == counts from votes.txt
        String expected = Files.readString(dir.resolve("expected-result.json")).strip();
        assertThat(Json.write(resultPayload)).isEqualTo("{\"result\":" + expected + "}");
        assertThat(Json.toLongMatrix(resultPayload.get("result")))
                .isDeepEqualTo(countVotes(dir, members.get(3).text()));

        // trackers: unpadded standard base64 of the ballot's SHA-256 (= hex member name)
        List<String> trackers = Files.readAllLines(dir.resolve("trackers.txt"));
        assertThat(trackers).hasSize(ballots.size());
        String electionHash = BeleniosTool.sha256b64Java(electionJson.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < ballots.size(); i++) {
            Member b = ballots.get(i);
            assertThat(trackers.get(i).split(" ")[1])
                    .isEqualTo(BeleniosTool.sha256b64Java(b.content()));
            Map<String, Object> ballot = Json.parseObject(b.text());
            assertThat(ballot.keySet()).containsExactly("election_uuid", "election_hash",
                    "credential", "answers", "signature");
            assertThat(ballot.get("election_hash")).isEqualTo(electionHash);
        }
    }

    /** Last ballot per voter, weighted by the weight in the archive's public credentials. */
    private static long[][] countVotes(Path dir, String publicCredentialsMember) throws IOException {
        // voter id -> public credential (tool's pubcreds file) -> weight (archive member)
        Map<String, Long> weightByCred = new HashMap<>();
        for (Object o : Json.parseArray(publicCredentialsMember)) {
            String[] f = ((String) o).split(",");
            weightByCred.put(f[0], f.length > 1 ? Long.parseLong(f[1]) : 1L);
        }
        Map<String, Long> weightByVoter = new HashMap<>();
        for (Object o : Json.parseArray(Files.readString(dir.resolve("public_creds.json")))) {
            String[] f = ((String) o).split(",", -1);
            weightByVoter.put(f[2], weightByCred.get(f[0]));
        }
        Map<String, String> last = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("votes.txt"))) {
            String[] f = line.split(" ", 2);
            last.put(f[0], f[1]);
        }
        long[][] sum = null;
        for (Map.Entry<String, String> e : last.entrySet()) {
            long[][] b = Json.toLongMatrix(Json.parse(e.getValue()));
            long w = weightByVoter.get(e.getKey());
            if (sum == null) {
                sum = new long[b.length][];
                for (int q = 0; q < b.length; q++) {
                    sum[q] = new long[b[q].length];
                }
            }
            for (int q = 0; q < b.length; q++) {
                for (int a = 0; a < b[q].length; a++) {
                    sum[q][a] += w * b[q][a];
                }
            }
        }
        return sum;
    }

    @Test
    void fingerprintsKat() throws IOException {
        List<Object> kat = Json.parseArray(Files.readString(fixtures().resolve("kat/fingerprints.json")));
        assertThat(kat).hasSize(FIXTURES.size());
        for (Object o : kat) {
            @SuppressWarnings("unchecked")
            Map<String, Object> k = (Map<String, Object>) o;
            List<Member> members = BelArchiveReader.read(archiveOf(fixtures().resolve((String) k.get("fixture"))));
            assertThat(members.get(1).name()).isEqualTo(k.get("election_member"));
            assertThat(BeleniosTool.sha256b64Java(members.get(1).content())).isEqualTo(k.get("election_hash"));
            assertThat(members.get(3).name()).isEqualTo(k.get("public_credentials_member"));
            assertThat(BeleniosTool.sha256b64Java(members.get(3).content()))
                    .isEqualTo(k.get("public_credentials_fingerprint"));
            assertThat((String) k.get("election_hash")).hasSize(43).matches("[A-Za-z0-9+/]+");
        }
    }

    @Test
    void credentialsKatFollowsThePbkdf2Formula() throws Exception {
        List<Object> kat = Json.parseArray(Files.readString(fixtures().resolve("kat/credentials.json")));
        assertThat(kat).hasSizeGreaterThanOrEqualTo(10);
        Set<String> groups = new HashSet<>();
        for (Object o : kat) {
            @SuppressWarnings("unchecked")
            Map<String, Object> k = (Map<String, Object>) o;
            GroupParams gp = PedersenKeyUnwrap.group((String) k.get("group"));
            groups.add(gp.name());
            String cred = (String) k.get("private_credential");
            assertThat(cred).matches("[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}");
            BigInteger s = pbkdf2(cred, (String) k.get("uuid")).mod(gp.q());
            assertThat(gp.g().modPow(s, gp.p()).toString()).isEqualTo(k.get("public_credential"));
        }
        assertThat(groups).containsExactlyInAnyOrder("BELENIOS-2048", "RFC-3526-2048");
    }

    private static BigInteger pbkdf2(String password, String salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(),
                salt.getBytes(StandardCharsets.UTF_8), 1000, 256);
        byte[] out = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return new BigInteger(1, out);
    }

    @Test
    @SuppressWarnings("unchecked")
    void singleKeysKat() throws IOException {
        List<Object> kat = Json.parseArray(Files.readString(fixtures().resolve("kat/single-keys.json")));
        assertThat(kat).hasSize(FIXTURES.size());
        for (Object o : kat) {
            Map<String, Object> k = (Map<String, Object>) o;
            GroupParams gp = PedersenKeyUnwrap.group((String) k.get("group"));
            Map<String, Object> tpk = (Map<String, Object>) k.get("trustee_public_key");
            assertThat(tpk.keySet()).containsExactly("pok", "public_key");
            assertThat(((Map<String, Object>) tpk.get("pok")).keySet()).containsExactly("challenge", "response");
            String pub = (String) tpk.get("public_key");
            assertThat(gp.g().modPow(new BigInteger((String) k.get("private_key")), gp.p()).toString())
                    .isEqualTo(pub);
            assertThat(k.get("key_id")).isEqualTo(HEX.formatHex(BeleniosTool.sha256(
                    pub.getBytes(StandardCharsets.UTF_8))).substring(0, 8).toUpperCase());
            // the files in the fixture are the same objects
            Path trustees = fixtures().resolve((String) k.get("fixture")).resolve("trustees");
            int id = ((BigInteger) k.get("trustee_id")).intValue();
            assertThat(Files.readString(trustees.resolve("trustee-" + id + ".privkey")))
                    .isEqualTo(Json.quote((String) k.get("private_key")) + "\n");
            assertThat(Files.readString(trustees.resolve("trustee-" + id + ".pubkey")))
                    .isEqualTo(Json.write(tpk) + "\n");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pedersenKeysKat() throws IOException {
        Path dir = fixtures().resolve("threshold-2of3-blank");
        List<Member> members = BelArchiveReader.read(archiveOf(dir));
        List<Object> trustees = Json.parseArray(members.get(2).text());
        assertThat(trustees).hasSize(2);
        assertThat(((List<Object>) trustees.get(0)).get(0)).isEqualTo("Single");
        List<Object> pedersen = (List<Object>) trustees.get(1);
        assertThat(pedersen.get(0)).isEqualTo("Pedersen");
        Map<String, Object> params = (Map<String, Object>) pedersen.get(1);
        assertThat(params.keySet()).containsExactly("threshold", "certs", "coefexps", "verification_keys");
        List<Object> vks = (List<Object>) params.get("verification_keys");

        List<Object> kat = Json.parseArray(Files.readString(fixtures().resolve("kat/pedersen-keys.json")));
        assertThat(kat).hasSize(3);
        GroupParams gp = PedersenKeyUnwrap.BELENIOS_2048;
        for (Object o : kat) {
            Map<String, Object> k = (Map<String, Object>) o;
            int id = ((BigInteger) k.get("trustee_id")).intValue();
            int index = ((BigInteger) k.get("index")).intValue();
            assertThat(id).isEqualTo(index + 1); // one Single key comes first
            String seed = (String) k.get("seed");
            assertThat(seed).matches("[1-9A-HJ-NP-Za-km-z]{22}");
            Map<String, Object> cert = (Map<String, Object>) k.get("cert");
            assertThat(cert).isEqualTo(((List<Object>) params.get("certs")).get(index - 1));
            String message = (String) cert.get("message");
            assertThat(k.get("cert_id")).isEqualTo(HEX.formatHex(BeleniosTool.sha256(
                    message.getBytes(StandardCharsets.UTF_8))));
            Map<String, Object> keys = Json.parseObject(message);
            assertThat(keys.keySet()).containsExactly("verification", "encryption");
            BigInteger sk = PedersenKeyUnwrap.deriveFromSeed(gp, "sk|", seed);
            BigInteger dk = PedersenKeyUnwrap.deriveFromSeed(gp, "dk|", seed);
            assertThat(gp.g().modPow(sk, gp.p()).toString()).isEqualTo(keys.get("verification"));
            assertThat(gp.g().modPow(dk, gp.p()).toString()).isEqualTo(keys.get("encryption"));

            BigInteger sj = new BigInteger((String) k.get("decryption_key"));
            Map<String, Object> vk = (Map<String, Object>) vks.get(index - 1);
            assertThat(gp.g().modPow(sj, gp.p()).toString()).isEqualTo(vk.get("public_key"));
            Path t = dir.resolve("trustees");
            assertThat(Files.readString(t.resolve("trustee-" + id + ".key")).strip()).isEqualTo(seed);
            assertThat(Files.readString(t.resolve("trustee-" + id + ".decryption-key")).strip())
                    .isEqualTo(sj.toString());
            assertThat(PedersenKeyUnwrap.unwrap(gp, seed,
                    Files.readString(t.resolve("trustee-" + id + ".dkey")))).isEqualTo(sj);
        }
    }

    @Test
    void jsonEscapingKatRoundTripsThroughTheTestWriter() throws IOException {
        Path kat = fixtures().resolve("kat");
        byte[] election = Files.readAllBytes(kat.resolve("json-escaping.election.json"));
        String text = new String(election, StandardCharsets.UTF_8);
        assertThat(Json.write(Json.parse(text))).isEqualTo(text);
        assertThat(BeleniosTool.sha256b64Java(election))
                .isEqualTo(Files.readString(kat.resolve("json-escaping.election-hash.txt")).strip());
        assertThat(text).contains("\\u0001", "\\u007f", "\\t", "/", "\u00a0", "\u2028", "😀")
                .contains("\"blank\":false")
                .endsWith("\"administrator\":\"Quản trị\",\"credential_authority\":\"CA\"}");
    }
}
