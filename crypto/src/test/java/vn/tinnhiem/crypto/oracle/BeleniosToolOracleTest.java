package vn.tinnhiem.crypto.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveEditor;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.archive.Member;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.oracle.BeleniosTool.Election;
import vn.tinnhiem.crypto.oracle.BeleniosTool.ElectionSpec;
import vn.tinnhiem.crypto.oracle.BeleniosTool.Stage;
import vn.tinnhiem.crypto.oracle.BeleniosTool.ToolResult;
import vn.tinnhiem.crypto.oracle.BeleniosTool.TrusteeSetup;
import vn.tinnhiem.crypto.tally.ElectionResult;

/** Proves that the {@link BeleniosTool} driver builds elections belenios-tool itself accepts. */
@RequiresBeleniosTool
class BeleniosToolOracleTest {

    private static final List<String> LEVELS = List.of("Tín nhiệm cao", "Tín nhiệm",
            "Tín nhiệm thấp");
    private static final Question CONFIDENCE_BLANK = new Question(LEVELS, true, 1, 1,
            "Nguyễn Văn A – Bí thư");
    private static final Question CONFIDENCE = new Question(LEVELS, null, 1, 1,
            "Trần Thị B – Phó Bí thư");
    private static final Question PICK_UP_TO_TWO = new Question(List.of("A", "B", "C"), false,
            0, 2, "Chọn tối đa hai");

    private static BeleniosTool tool;

    @BeforeAll
    static void locate() {
        tool = BeleniosTool.locate();
        assertThat(tool.version()).startsWith("2.0");
    }

    @Test
    void singleTrusteeElectionWithBlankAndRevote(@TempDir Path dir) throws IOException {
        ElectionSpec spec = ElectionSpec.builder()
                .question(CONFIDENCE_BLANK)
                .vote("[[1,0,0,0]]")
                .vote("[[0,1,0,0]]")
                .vote("[[0,0,0,1]]")
                .revote(2, "[[0,0,1,0]]")
                .build();
        Election e = tool.buildElection(spec, dir);

        assertThat(e.verification().stderr()).contains("I: all checks passed");
        assertThat(e.result()).isEqualTo(new ElectionResult(new long[][] {{1, 0, 1, 1}}));
        assertThat(e.result()).isEqualTo(spec.expectedResult());
        assertThat(e.archive()).isEqualTo(dir.resolve(e.uuid() + ".bel"));
        assertThat(e.ballots()).hasSize(4);
        assertThat(e.decryptors()).containsExactly(1);

        // the reader checks that every member is named after the hex SHA-256 of its bytes
        List<Member> members = ArchiveReader.readAll(e.archive()).members();
        assertThat(text(members.get(0))).isEqualTo(e.electionJson());
        assertThat(text(members.get(members.size() - 2))).isEqualTo(e.resultJson());
        // the tracker is the unpadded base64 of the same digest as the member's hex name
        for (BeleniosTool.CastBallot b : e.ballots()) {
            assertThat(members).anySatisfy(m -> {
                assertThat(text(m)).isEqualTo(b.ballotJson());
                assertThat(HexFormat.of().parseHex(m.hash()))
                        .isEqualTo(Base64.getDecoder().decode(b.tracker()));
            });
            assertThat(b.tracker()).doesNotEndWith("=").hasSize(43);
        }
        // election_hash inside the ballots is the fingerprint of election.json
        assertThat(e.ballots().get(0).ballotJson())
                .contains("\"election_hash\":\"" + e.electionHash() + "\"");
    }

    @Test
    void thresholdElectionWithServerKeyAndChosenDecryptors(@TempDir Path dir) {
        ElectionSpec spec = ElectionSpec.builder()
                .question(CONFIDENCE_BLANK)
                .question(PICK_UP_TO_TWO)
                .trustees(TrusteeSetup.thresholdWithServerKey(2, 3))
                .vote("[[0,1,0,0],[1,1,0]]")
                .vote("[[1,0,0,0],[0,0,0]]")
                .vote("[[0,0,0,1],[0,1,1]]")
                .decryptors(4, 1, 2) // Pedersen members 3 and 1, around the server key
                .build();
        Election e = tool.buildElection(spec, dir);

        assertThat(e.result()).isEqualTo(new ElectionResult(new long[][] {{1, 1, 0, 1}, {1, 2, 1}}));
        assertThat(e.singleTrustees()).extracting(BeleniosTool.SingleTrustee::trusteeId)
                .containsExactly(1);
        assertThat(e.pedersenTrustees()).extracting(BeleniosTool.PedersenTrustee::trusteeId)
                .containsExactly(2, 3, 4);
        assertThat(e.trusteesJson()).startsWith("[[\"Single\",").contains("[\"Pedersen\",{\"threshold\":2,");
        assertThat(e.pedersenTrustees().get(0).encryptedDecryptionKey()).exists();
    }

    @Test
    void pedersenOnlyElection(@TempDir Path dir) {
        ElectionSpec spec = ElectionSpec.builder()
                .question(CONFIDENCE)
                .trustees(TrusteeSetup.pedersenOnly(2, 3))
                .voters(3)
                .vote("[[0,0,1]]")
                .vote(null) // abstains
                .vote("[[0,0,1]]")
                .decryptors(3, 2)
                .build();
        Election e = tool.buildElection(spec, dir);

        assertThat(e.trusteesJson()).startsWith("[[\"Pedersen\",");
        assertThat(e.singleTrustees()).isEmpty();
        assertThat(e.result()).isEqualTo(new ElectionResult(new long[][] {{0, 0, 2}}));
    }

    @Test
    void weightedElectionWithLargeWeights(@TempDir Path dir) throws IOException {
        ElectionSpec spec = ElectionSpec.builder()
                .question(CONFIDENCE)
                .weights(List.of(1L, 3L, 1_073_741_824L))
                .vote("[[1,0,0]]")
                .vote("[[1,0,0]]")
                .vote("[[0,1,0]]")
                .build();
        Election e = tool.buildElection(spec, dir);

        // counts of 2^30 and more are JSON strings, smaller ones numbers
        assertThat(e.resultJson()).isEqualTo("{\"result\":[[4,\"1073741824\",0]]}");
        assertThat(e.result()).isEqualTo(spec.expectedResult());
        assertThat(e.credentials()).extracting(BeleniosTool.Credential::weight)
                .containsExactly(1L, 3L, 1_073_741_824L);
        String publicCreds = text(ArchiveReader.readAll(e.archive()).members().get(2));
        assertThat(publicCreds).contains(e.credentials().get(1).publicCredential() + ",3\"");
    }

    @Test
    void rfc3526GroupElection(@TempDir Path dir) {
        ElectionSpec spec = ElectionSpec.builder()
                .group(Group.RFC_3526_2048)
                .question(CONFIDENCE)
                .vote("[[0,1,0]]")
                .vote("[[0,1,0]]")
                .build();
        Election e = tool.buildElection(spec, dir);

        assertThat(e.electionJson()).contains("\"group\":\"RFC-3526-2048\"");
        assertThat(e.result()).isEqualTo(new ElectionResult(new long[][] {{0, 2, 0}}));
    }

    @Test
    void stoppingEarlyThenFinishingWithTheWrappers(@TempDir Path dir) {
        ElectionSpec spec = ElectionSpec.builder()
                .question(CONFIDENCE)
                .vote("[[1,0,0]]")
                .stopAfter(Stage.ENCRYPTED_TALLY)
                .build();
        Election e = tool.buildElection(spec, dir);
        assertThat(e.result()).isNull();

        List<String> pd = tool.decrypt(dir, e.singleTrustees().get(0).privateKey(), 1);
        assertThat(pd).hasSize(2);
        assertThat(pd.get(1)).startsWith("{\"owner\":1,\"payload\":\"");
        tool.addEvent(dir, "PartialDecryption", pd);
        String result = tool.computeResult(dir);
        assertThat(result).isEqualTo("{\"result\":[[1,0,0]]}");
        tool.addEvent(dir, "Result", List.of(result));
        assertThat(tool.verify(dir).ok()).isTrue();
    }

    @Test
    void credentialsHashesAndFailures(@TempDir Path dir) throws IOException {
        String uuid = tool.generateToken();
        assertThat(uuid).hasSize(14).matches("[1-9A-HJ-NP-Za-km-z]+");

        List<BeleniosTool.Credential> creds = tool.generateCredentials(uuid, Group.BELENIOS_2048, 3);
        assertThat(creds).extracting(BeleniosTool.Credential::id).containsExactly(1, 2, 3);
        for (BeleniosTool.Credential c : creds) {
            assertThat(c.privateCredential()).matches("[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}");
            assertThat(tool.publicCredentialOf(uuid, Group.BELENIOS_2048, c.privateCredential()))
                    .isEqualTo(c.publicCredential());
        }

        byte[] data = "Tín nhiệm\n".getBytes(StandardCharsets.UTF_8);
        assertThat(tool.sha256b64(data)).isEqualTo(Hash.base64(data));

        // verify needs exactly one *.bel in the directory
        ToolResult empty = tool.verify(dir);
        assertThat(empty.exitCode()).isNotZero();
        assertThat(empty.stderr()).contains("must contain a single .bel file");

        // a flipped byte inside a member is rejected
        Path good = Files.createDirectories(dir.resolve("good"));
        Election e = tool.buildElection(ElectionSpec.builder().question(CONFIDENCE)
                .vote("[[0,0,1]]").stopAfter(Stage.BALLOTS).build(), good);
        Path bad = Files.createDirectories(dir.resolve("bad"));
        byte[] bytes = Files.readAllBytes(e.archive());
        int at = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("\"response\":\"") + 12;
        bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1');
        Files.write(bad.resolve(e.uuid() + ".bel"), bytes);
        ToolResult rejected = tool.verify(bad);
        assertThat(rejected.ok()).isFalse();
        assertThat(rejected.stderr()).contains("belenios-tool: ");

        assertThatThrownBy(() -> tool.runOk(dir, null, "election", "verify", "--dir", "/nonexistent"))
                .isInstanceOf(BeleniosToolException.class)
                .hasMessageContaining("exit code: 124")
                .hasMessageContaining("no '/nonexistent' directory");
    }

    @Test
    void fixtureTrusteeFilesDecryptTheFixtureTally(@TempDir Path dir) throws IOException {
        // cut the committed threshold fixture after EncryptedTally and let a different set of
        // trustees (Pedersen members 3 and 2, then the server) finish it with the fixture's keys
        Path fixture = FixturesTest.fixtures().resolve("threshold-2of3-blank");
        Path archive = FixturesTest.archiveOf(fixture);
        byte[] prefix = ArchiveEditor.cutAfterFirstEvent(Files.readAllBytes(archive),
                EventType.EncryptedTally);
        Files.write(dir.resolve(archive.getFileName()), prefix);
        assertThat(tool.verify(dir).ok()).isTrue();

        Path t = fixture.resolve("trustees");
        for (int id : new int[] {4, 3}) {
            tool.addEvent(dir, "PartialDecryption", tool.decryptThreshold(dir,
                    t.resolve("trustee-" + id + ".key"), t.resolve("trustee-" + id + ".dkey"), id));
        }
        tool.addEvent(dir, "PartialDecryption", tool.decrypt(dir, t.resolve("trustee-1.privkey"), 1));
        String result = tool.computeResult(dir);
        assertThat(ElectionResult.fromJson(JsonParser.parse(result)))
                .isEqualTo(FixturesTest.expectedResult(fixture));
        tool.addEvent(dir, "Result", List.of(result));
        assertThat(tool.verify(dir).stderr()).contains("I: all checks passed");
    }

    @Test
    void archiveMakeRebuildsAFixtureByteForByte(@TempDir Path dir) throws IOException {
        Path archive = FixturesTest.archiveOf(FixturesTest.fixtures().resolve("single-1q"));
        Archive a = ArchiveReader.readAll(archive);
        Files.write(dir.resolve("BELENIOS"), a.header().toJson());
        for (Member m : a.members()) {
            Files.write(dir.resolve(m.name()), m.bytes());
        }
        assertThat(tool.archiveMake(dir)).isEqualTo(Files.readAllBytes(archive));
    }

    @Test
    void addEventAcceptsAnythingVerifyDoesNot(@TempDir Path dir) {
        Election e = tool.buildElection(ElectionSpec.builder().question(CONFIDENCE)
                .vote("[[1,0,0]]").stopAfter(Stage.BALLOTS).build(), dir);
        // generate-ballot does not check that the credential is registered ...
        String ballot = tool.generateBallot(dir, "not-a-registered-credential", "[[0,1,0]]");
        tool.addEvent(dir, "Ballot", List.of(ballot)); // ... and add-event validates nothing
        ToolResult r = tool.verify(dir);
        assertThat(r.exitCode()).isEqualTo(124);
        assertThat(r.stderr()).contains("belenios-tool: error while casting ballot "
                + Hash.base64(ballot.getBytes(StandardCharsets.UTF_8))
                + ": invalid credential");
        assertThat(e.ballots()).hasSize(1);
    }

    private static String text(Member m) {
        return new String(m.bytes(), StandardCharsets.UTF_8);
    }
}
