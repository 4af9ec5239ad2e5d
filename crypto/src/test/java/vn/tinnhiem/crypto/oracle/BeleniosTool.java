package vn.tinnhiem.crypto.oracle;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.ElectionResult;

/**
 * Drives the real {@code belenios-tool} (Debian package, version 2.0) from Java tests: builds
 * complete elections, verifies archives, derives credentials and hashes. It is the test oracle
 * for the Java implementation in {@code vn.tinnhiem.crypto}.
 *
 * <p>The executable is {@code $BELENIOS_TOOL} if that variable is set, otherwise
 * {@code belenios-tool} from {@code PATH}. Every invocation gets {@code BELENIOS_USE_URANDOM=1}
 * (fast randomness), a timeout, and captured stdout/stderr; a failure raises
 * {@link BeleniosToolException} carrying the command, exit code and stderr.
 *
 * <p>Layout of a directory made by {@link #buildElection(ElectionSpec, Path)}:
 * <pre>
 *   D/&lt;uuid&gt;.bel                the archive (the only *.bel in D, as {@code election verify} requires)
 *   D/setup/election.json          setup files, exactly as belenios-tool wrote them (trailing newline)
 *   D/setup/trustees.json
 *   D/setup/public_creds.json      the tool's *.pubcreds file: "pubcred,weight,id" strings
 *   D/setup/private_creds.txt      the tool's *.privcreds file: "id privcred" lines
 *   D/setup/template.json          the question template given to make-election
 *   D/setup/XXXXXXXX.privkey|pubkey  Single trustee keys
 *   D/setup/&lt;certid&gt;.key|cert|vinput|voutput|dkey  Pedersen trustee files;
 *   D/setup/public_keys.jsons, certs.jsons, polynomials.jsons, threshold.json
 * </pre>
 * See {@code src/test/resources/oracle/NOTES.md} for what each step reads and writes.
 */
public final class BeleniosTool {

    /** Environment variable that may point at the belenios-tool executable. */
    public static final String EXECUTABLE_ENV = "BELENIOS_TOOL";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static volatile Optional<Path> cachedExecutable;

    private final Path executable;
    private final Duration timeout;

    public BeleniosTool(Path executable, Duration timeout) {
        this.executable = Objects.requireNonNull(executable);
        this.timeout = Objects.requireNonNull(timeout);
    }

    /** The tool found by {@link #findExecutable()}, with the default timeout. */
    public static BeleniosTool locate() {
        return new BeleniosTool(findExecutable().orElseThrow(() -> new IllegalStateException(
                "belenios-tool not found (set $" + EXECUTABLE_ENV + " or put it on PATH)")),
                DEFAULT_TIMEOUT);
    }

    /** {@code $BELENIOS_TOOL}, else {@code belenios-tool} on {@code PATH}; must be executable. */
    public static Optional<Path> findExecutable() {
        Optional<Path> cached = cachedExecutable;
        if (cached == null) {
            cached = search();
            cachedExecutable = cached;
        }
        return cached;
    }

    private static Optional<Path> search() {
        String explicit = System.getenv(EXECUTABLE_ENV);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Paths.get(explicit);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Paths.get(dir, "belenios-tool");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Path executable() {
        return executable;
    }

    // =================================================================== value types
    //
    // Groups and questions are the main classes vn.tinnhiem.crypto.group.Group and
    // vn.tinnhiem.crypto.election.Question; a question's template form is
    // ElectionJson.toJson(question) (blank == null omits the field, as belenios-tool does).

    /**
     * Trustee structure: {@code singles} Single (mandatory) keys, then optionally one Pedersen
     * group of {@code pedersenCount} trustees of which {@code threshold} must decrypt.
     * belenios-tool numbers trustees in the flattened order of trustees.json: Singles first
     * (1..singles), then Pedersen members (singles+1..singles+pedersenCount) in certificate order.
     */
    public record TrusteeSetup(int singles, int pedersenCount, int threshold) {

        public TrusteeSetup {
            if (singles < 0 || pedersenCount < 0 || singles + pedersenCount == 0) {
                throw new IllegalArgumentException("need at least one trustee");
            }
            if (pedersenCount > 0 && (threshold < 1 || threshold > pedersenCount)) {
                throw new IllegalArgumentException("threshold must be in 1.." + pedersenCount);
            }
        }

        /** One Single trustee (as in demo.sh with one key). */
        public static TrusteeSetup single() {
            return new TrusteeSetup(1, 0, 0);
        }

        /** k-of-n Pedersen plus the mandatory Single server key (as in demo-threshold.sh). */
        public static TrusteeSetup thresholdWithServerKey(int k, int n) {
            return new TrusteeSetup(1, n, k);
        }

        /** k-of-n Pedersen only (belenios-tool accepts an empty public_keys.jsons). */
        public static TrusteeSetup pedersenOnly(int k, int n) {
            return new TrusteeSetup(0, n, k);
        }
    }

    /** A later ballot cast with the credential of voter {@code voter} (1-based). */
    public record Revote(int voter, String ballot) {
    }

    /** How far {@link #buildElection} goes. Every stage ends with a passing verify. */
    public enum Stage {
        /** Only the Setup event. */
        SETUP,
        /** Setup and all ballots (including revotes), voting still open. */
        BALLOTS,
        /** ... plus EndBallots. */
        END_BALLOTS,
        /** ... plus the encrypted tally. */
        ENCRYPTED_TALLY,
        /** ... plus all partial decryptions (no Result yet). */
        PARTIAL_DECRYPTIONS,
        /** Complete election with Result. */
        RESULT
    }

    /** What to build. Use {@link #builder()}. */
    public record ElectionSpec(
            Group group,
            String uuid,
            String name,
            String description,
            List<Question> questions,
            int voters,
            List<Long> weights,
            TrusteeSetup trustees,
            List<String> votes,
            List<Revote> revotes,
            List<Integer> decryptors,
            Stage stopAfter) {

        public static Builder builder() {
            return new Builder();
        }

        /** What the votes add up to: each voter's last plaintext, times the voter's weight. */
        public ElectionResult expectedResult() {
            Map<Integer, String> last = new LinkedHashMap<>();
            for (int i = 0; i < votes.size(); i++) {
                if (votes.get(i) != null) {
                    last.put(i + 1, votes.get(i));
                }
            }
            revotes.forEach(r -> last.put(r.voter(), r.ballot()));
            return Votes.tally(last, voter -> weights == null ? 1L : weights.get(voter - 1));
        }

        /** The trustee ids that decrypt, in order (explicit or the default). */
        public List<Integer> effectiveDecryptors() {
            if (decryptors != null) {
                return decryptors;
            }
            List<Integer> ids = new ArrayList<>();
            for (int i = 1; i <= trustees.threshold(); i++) {
                ids.add(trustees.singles() + i);
            }
            for (int i = 1; i <= trustees.singles(); i++) {
                ids.add(i);
            }
            return ids;
        }
    }

    public static final class Builder {
        private Group group = Group.BELENIOS_2048;
        private String uuid;
        private String name = "Hội nghị thử";
        private String description = "Bỏ phiếu tín nhiệm (thử nghiệm)";
        private final List<Question> questions = new ArrayList<>();
        private int voters = -1;
        private List<Long> weights;
        private TrusteeSetup trustees = TrusteeSetup.single();
        private final List<String> votes = new ArrayList<>();
        private final List<Revote> revotes = new ArrayList<>();
        private List<Integer> decryptors;
        private Stage stopAfter = Stage.RESULT;

        public Builder group(Group g) {
            this.group = g;
            return this;
        }

        /** Fixed election uuid (Base58, as from {@code setup generate-token}); default: fresh. */
        public Builder uuid(String u) {
            this.uuid = u;
            return this;
        }

        public Builder name(String n) {
            this.name = n;
            return this;
        }

        public Builder description(String d) {
            this.description = d;
            return this;
        }

        public Builder question(Question q) {
            questions.add(q);
            return this;
        }

        public Builder questions(List<Question> qs) {
            questions.addAll(qs);
            return this;
        }

        /** Number of credentials; default: the number of votes. */
        public Builder voters(int n) {
            this.voters = n;
            return this;
        }

        /**
         * Voter weights (one per voter). With weights, credentials are generated with
         * {@code --file} and the archive's public credentials become "pubcred,weight".
         */
        public Builder weights(List<Long> w) {
            this.weights = List.copyOf(w);
            return this;
        }

        public Builder trustees(TrusteeSetup t) {
            this.trustees = t;
            return this;
        }

        /**
         * The plaintext ballot of the next voter, e.g. {@code [[0,1,0,0],[1,0,0]]}: per question
         * one 0/1 per answer, with the blank flag first when the question allows blank. A null
         * entry means that voter abstains.
         */
        public Builder vote(String plaintext) {
            votes.add(plaintext);
            return this;
        }

        public Builder votes(List<String> plaintexts) {
            votes.addAll(plaintexts);
            return this;
        }

        /** Re-cast for voter (1-based) after all first votes; only the last one counts. */
        public Builder revote(int voter, String plaintext) {
            revotes.add(new Revote(voter, plaintext));
            return this;
        }

        /**
         * Trustee ids (1-based, flattened trustees.json order) that produce a partial
         * decryption, in this order. Default: Pedersen members 1..k, then all Singles.
         */
        public Builder decryptors(Integer... trusteeIds) {
            this.decryptors = List.of(trusteeIds);
            return this;
        }

        public Builder stopAfter(Stage s) {
            this.stopAfter = s;
            return this;
        }

        public ElectionSpec build() {
            if (questions.isEmpty()) {
                throw new IllegalStateException("no question");
            }
            int n = voters < 0 ? votes.size() : voters;
            if (n < 1 || votes.size() > n) {
                throw new IllegalStateException(votes.size() + " votes for " + n + " voters");
            }
            if (weights != null && weights.size() != n) {
                throw new IllegalStateException("need one weight per voter");
            }
            for (Revote r : revotes) {
                if (r.voter() < 1 || r.voter() > n) {
                    throw new IllegalStateException("revote by unknown voter " + r.voter());
                }
            }
            return new ElectionSpec(group, uuid, name, description, List.copyOf(questions), n,
                    weights, trustees, new ArrayList<>(votes), List.copyOf(revotes),
                    decryptors, stopAfter);
        }
    }

    /** A credential: voter id (1-based), private credential, public credential g^s (decimal). */
    public record Credential(int id, String privateCredential, String publicCredential,
            Long weight) {
    }

    /** A Single trustee's files. {@code keyId} is the tool's 8-hex-digit name. */
    public record SingleTrustee(int trusteeId, String keyId, Path privateKey, Path publicKey) {
    }

    /**
     * A Pedersen trustee's files. {@code index} is 1-based within the Pedersen group (the
     * Lagrange index), {@code trusteeId} is the global id used as "owner"; {@code certId} is the
     * tool's file name stem (hex SHA-256 of the certificate's message string).
     * {@code encryptedDecryptionKey} is the .dkey file (an encrypted_msg) that
     * {@code decrypt-threshold --decryption-key} reads.
     */
    public record PedersenTrustee(int trusteeId, int index, String certId, Path seedKey, Path cert,
            Path vinput, Path voutput, Path encryptedDecryptionKey) {
    }

    /** One accepted Ballot event: who cast it, the plaintext, the ballot JSON and its tracker. */
    public record CastBallot(int voter, String plaintext, String ballotJson, String tracker) {
    }

    /**
     * The outcome of {@link #buildElection}: the directory, the archive, every setup file and
     * the result belenios-tool computed ({@code result} and {@code resultJson} are null before
     * {@link Stage#RESULT}).
     */
    public record Election(
            Path dir,
            Path archive,
            String uuid,
            ElectionSpec spec,
            String electionJson,
            String trusteesJson,
            List<Credential> credentials,
            String publicCredentialsFingerprint,
            List<SingleTrustee> singleTrustees,
            List<PedersenTrustee> pedersenTrustees,
            List<CastBallot> ballots,
            List<Integer> decryptors,
            String resultJson,
            ElectionResult result,
            ToolResult verification) {

        public Path setupDir() {
            return dir.resolve("setup");
        }

        /** The election fingerprint ("election_hash"): unpadded base64 SHA-256 of election.json. */
        public String electionHash() {
            return Hash.base64(electionJson.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Exit code and captured output of one invocation. */
    public record ToolResult(List<String> command, int exitCode, String stdout, String stderr) {

        public boolean ok() {
            return exitCode == 0;
        }

        /** stdout then stderr, as a human would see them. */
        public String output() {
            return stdout + stderr;
        }
    }

    // =================================================================== raw invocation

    /** Runs belenios-tool with {@code args} in {@code cwd}; never throws on non-zero exit. */
    public ToolResult run(Path cwd, byte[] stdin, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.addAll(args);
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("belenios-out", ".txt");
            err = Files.createTempFile("belenios-err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .directory(cwd.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().put("BELENIOS_USE_URANDOM", "1");
            Process p = pb.start();
            try (OutputStream os = p.getOutputStream()) {
                if (stdin != null) {
                    os.write(stdin);
                }
            } catch (IOException brokenPipe) {
                // the tool did not read all of stdin; its exit code tells the rest
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new BeleniosToolException("belenios-tool timed out after " + timeout, cmd,
                        -1, read(out), read(err));
            }
            return new ToolResult(cmd, p.exitValue(), read(out), read(err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    public ToolResult run(Path cwd, String stdin, String... args) {
        return run(cwd, stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8),
                List.of(args));
    }

    /** Like {@link #run} but throws {@link BeleniosToolException} unless the exit code is 0. */
    public String runOk(Path cwd, String stdin, String... args) {
        ToolResult r = run(cwd, stdin, args);
        if (!r.ok()) {
            throw new BeleniosToolException("belenios-tool failed", r.command(), r.exitCode(),
                    r.stdout(), r.stderr());
        }
        return r.stdout();
    }

    /** {@code belenios-tool --version}, e.g. "2.0 (20230102)". */
    public String version() {
        return runOk(Paths.get("."), null, "--version").strip();
    }

    // =================================================================== small wrappers

    /**
     * {@code belenios-tool election verify --dir D}. The tool needs exactly one {@code *.bel}
     * file directly in D (its name is not checked against the uuid); it also rebuilds the
     * archive canonically and rejects it unless byte-identical. Success: exit 0 and
     * "I: all checks passed" on stderr. Failure: non-zero exit (124 in practice) and
     * "belenios-tool: reason" on stderr.
     */
    public ToolResult verify(Path dir) {
        return run(dir, (byte[]) null, List.of("election", "verify", "--dir", dir.toString()));
    }

    /** {@code election verify-diff --dir1 --dir2}: checks that dir2 is a valid update of dir1. */
    public ToolResult verifyDiff(Path dir1, Path dir2) {
        return run(dir2, (byte[]) null, List.of("election", "verify-diff",
                "--dir1", dir1.toString(), "--dir2", dir2.toString()));
    }

    /** {@code setup generate-token} (default length 14, Base58), used as election uuid. */
    public String generateToken() {
        return runOk(Paths.get("."), null, "setup", "generate-token").strip();
    }

    public String generateToken(int length) {
        return runOk(Paths.get("."), null, "setup", "generate-token", "--length",
                Integer.toString(length)).strip();
    }

    /** {@code belenios-tool sha256-b64}: standard-alphabet base64 of SHA-256, '=' removed. */
    public String sha256b64(byte[] data) {
        ToolResult r = run(Paths.get("."), data, List.of("sha256-b64"));
        if (!r.ok()) {
            throw new BeleniosToolException("sha256-b64 failed", r.command(), r.exitCode(),
                    r.stdout(), r.stderr());
        }
        return r.stdout().strip();
    }

    /**
     * {@code setup generate-credentials --count N} in a scratch directory. The tool writes
     * {@code T.privcreds} ("id privcred" lines, ids 1..N) and {@code T.pubcreds} (a JSON list of
     * "pubcred,,id" strings sorted by public credential); they are joined on id here.
     */
    public List<Credential> generateCredentials(String uuid, Group group, int count) {
        Path tmp = createTempDir("belenios-creds");
        try {
            runOk(tmp, null, "setup", "generate-credentials", "--uuid", uuid, "--group",
                    group.name(), "--count", Integer.toString(count));
            return readCredentials(single(tmp, ".privcreds"), single(tmp, ".pubcreds"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(tmp);
        }
    }

    /** {@code setup generate-credentials --derive PRIVCRED}: prints g^secret(c) in decimal. */
    public String publicCredentialOf(String uuid, Group group, String privateCredential) {
        Path tmp = createTempDir("belenios-derive");
        try {
            return runOk(tmp, null, "setup", "generate-credentials", "--uuid", uuid, "--group",
                    group.name(), "--derive", privateCredential).strip();
        } finally {
            deleteTree(tmp);
        }
    }

    /** {@code election generate-ballot}; returns the ballot JSON without the trailing newline. */
    public String generateBallot(Path dir, String privateCredential, String plaintext) {
        Path cred = writeTemp("privcred", privateCredential + "\n");
        Path choice = writeTemp("ballot", plaintext + "\n");
        try {
            return stripNewline(runOk(dir, null, "election", "generate-ballot", "--dir",
                    dir.toString(), "--privcred", cred.toString(), "--ballot", choice.toString()));
        } finally {
            deleteQuietly(cred);
            deleteQuietly(choice);
        }
    }

    /**
     * {@code archive add-event --type=T}: each line of {@code lines} is appended as a data
     * member, and the event's payload is the hash of the last one (no lines: no payload, as for
     * EndBallots). The tool does NOT validate what it appends; only verify does.
     */
    public void addEvent(Path dir, String type, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        runOk(dir, sb.toString(), "archive", "add-event", "--dir", dir.toString(),
                "--type=" + type);
    }

    /** Two lines: encrypted_tally, then sized_encrypted_tally (the EncryptedTally payload). */
    public List<String> computeEncryptedTally(Path dir) {
        return lines(runOk(dir, null, "election", "compute-encrypted-tally", "--dir",
                dir.toString()));
    }

    /** Single-key partial decryption: two lines, partial_decryption then owned one. */
    public List<String> decrypt(Path dir, Path privkey, int trusteeId) {
        return lines(runOk(dir, null, "election", "decrypt", "--dir", dir.toString(),
                "--privkey", privkey.toString(), "--trustee-id", Integer.toString(trusteeId)));
    }

    /**
     * Pedersen partial decryption. The tool does not check that {@code trusteeId} matches the
     * key: a wrong id is only caught by compute-result ("invalid partial decryption").
     */
    public List<String> decryptThreshold(Path dir, Path seedKey, Path encryptedDecryptionKey,
            int trusteeId) {
        return lines(runOk(dir, null, "election", "decrypt-threshold", "--dir", dir.toString(),
                "--key", seedKey.toString(), "--decryption-key",
                encryptedDecryptionKey.toString(), "--trustee-id", Integer.toString(trusteeId)));
    }

    /** {@code election compute-result}: one line {"result":[[…]]}; checks partial decryptions. */
    public String computeResult(Path dir) {
        return stripNewline(runOk(dir, null, "election", "compute-result", "--dir",
                dir.toString()));
    }

    /** {@code archive make --dir D}: canonical archive rebuilt from an extracted one. */
    public byte[] archiveMake(Path extractedDir) {
        List<String> cmd = List.of(executable.toString(), "archive", "make", "--dir",
                extractedDir.toString());
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("belenios-make", ".bel");
            err = Files.createTempFile("belenios-err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(extractedDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("BELENIOS_USE_URANDOM", "1");
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new BeleniosToolException("belenios-tool timed out after " + timeout, cmd,
                        -1, "", read(err));
            }
            if (p.exitValue() != 0) {
                throw new BeleniosToolException("archive make failed", cmd, p.exitValue(), "",
                        read(err));
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    // =================================================================== whole elections

    /**
     * Builds an election in {@code dir} (created if needed; must not contain a .bel) up to
     * {@code spec.stopAfter()}, then runs {@code election verify} and throws unless it passes.
     */
    public Election buildElection(ElectionSpec spec, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> s = Files.list(dir)) {
                if (s.anyMatch(p -> p.toString().endsWith(".bel"))) {
                    throw new IllegalArgumentException(dir + " already holds a .bel archive");
                }
            }
            Path setup = Files.createDirectories(dir.resolve("setup"));
            Group g = spec.group();
            String uuid = spec.uuid() != null ? spec.uuid() : generateToken();

            // ---- credentials
            String credOut;
            if (spec.weights() == null) {
                credOut = runOk(setup, null, "setup", "generate-credentials", "--uuid", uuid,
                        "--group", g.name(), "--count", Integer.toString(spec.voters()));
            } else {
                StringBuilder voters = new StringBuilder();
                for (int i = 1; i <= spec.voters(); i++) {
                    voters.append("voter").append(i).append("@example.invalid,voter").append(i)
                            .append(',').append(spec.weights().get(i - 1)).append('\n');
                }
                Files.writeString(setup.resolve("voters.txt"), voters);
                credOut = runOk(setup, null, "setup", "generate-credentials", "--uuid", uuid,
                        "--group", g.name(), "--file", "voters.txt");
            }
            Path privcreds = setup.resolve("private_creds.txt");
            Path pubcreds = setup.resolve("public_creds.json");
            Files.move(single(setup, ".privcreds"), privcreds);
            Files.move(single(setup, ".pubcreds"), pubcreds);
            List<Credential> creds = readCredentials(privcreds, pubcreds);
            String credFingerprint = lastWord(credOut);

            // ---- Single trustees (public_keys.jsons order = trustee ids 1..s)
            List<SingleTrustee> singles = new ArrayList<>();
            StringBuilder publicKeys = new StringBuilder();
            for (int i = 1; i <= spec.trustees().singles(); i++) {
                ToolResult r = run(setup, (byte[]) null,
                        List.of("setup", "generate-trustee-key", "--group", g.name()));
                check(r);
                String keyId = match(r.output(), "keypair (\\S+) has been generated");
                Path pub = setup.resolve(keyId + ".pubkey");
                singles.add(new SingleTrustee(i, keyId, setup.resolve(keyId + ".privkey"), pub));
                publicKeys.append(Files.readString(pub));
            }
            Files.writeString(setup.resolve("public_keys.jsons"), publicKeys);

            // ---- Pedersen trustees (certs.jsons order = trustee ids s+1..s+n)
            List<PedersenTrustee> pedersen = new ArrayList<>();
            int n = spec.trustees().pedersenCount();
            if (n > 0) {
                pedersen = pedersenKeyCeremony(setup, g, n, spec.trustees().threshold(),
                        spec.trustees().singles());
            }

            // ---- trustees.json, election.json, archive
            runOk(setup, null, "setup", "make-trustees");
            Json template = Json.obj(
                    "description", Json.str(spec.description()),
                    "name", Json.str(spec.name()),
                    "questions", Json.array(spec.questions().stream()
                            .map(ElectionJson::toJson).toList()));
            Files.writeString(setup.resolve("template.json"), JsonWriter.write(template) + "\n");
            runOk(setup, null, "setup", "make-election", "--uuid", uuid, "--group", g.name(),
                    "--template", "template.json");
            runOk(setup, null, "archive", "init");
            Path archive = dir.resolve(uuid + ".bel");
            Files.move(setup.resolve(uuid + ".bel"), archive);
            String electionJson = stripNewline(Files.readString(setup.resolve("election.json")));
            String trusteesJson = stripNewline(Files.readString(setup.resolve("trustees.json")));

            Advanced done = advance(dir, spec, creds, singles, pedersen, Stage.SETUP,
                    spec.stopAfter());
            return verified(new Election(dir, archive, uuid, spec, electionJson, trusteesJson,
                    List.copyOf(creds), credFingerprint, List.copyOf(singles),
                    List.copyOf(pedersen), done.ballots(), done.decryptors(), done.resultJson(),
                    done.result(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes an election that {@link #buildElection} stopped early to the end: EndBallots,
     * EncryptedTally, the spec's decryptors and Result, each only if not yet there. Ballots
     * appended in the meantime (say with {@link #addEvent}) are counted; the spec's own votes
     * are not cast again. Verifies the result like {@link #buildElection}.
     */
    public Election finish(Election e) {
        Stage from = e.spec().stopAfter().compareTo(Stage.BALLOTS) < 0 ? Stage.BALLOTS
                : e.spec().stopAfter();
        Advanced done = advance(e.dir(), e.spec(), e.credentials(), e.singleTrustees(),
                e.pedersenTrustees(), from, Stage.RESULT);
        return verified(new Election(e.dir(), e.archive(), e.uuid(), e.spec(), e.electionJson(),
                e.trusteesJson(), e.credentials(), e.publicCredentialsFingerprint(),
                e.singleTrustees(), e.pedersenTrustees(), e.ballots(),
                runs(Stage.PARTIAL_DECRYPTIONS, from, Stage.RESULT) ? done.decryptors()
                        : e.decryptors(), done.resultJson(), done.result(), null));
    }

    /** What {@link #advance} added. */
    private record Advanced(List<CastBallot> ballots, List<Integer> decryptors,
            String resultJson, ElectionResult result) {
    }

    /** Runs the stages after {@code done} up to and including {@code until}. */
    private Advanced advance(Path dir, ElectionSpec spec, List<Credential> creds,
            List<SingleTrustee> singles, List<PedersenTrustee> pedersen, Stage done,
            Stage until) {
        List<CastBallot> ballots = new ArrayList<>();
        List<Integer> decryptors = List.of();
        String resultJson = null;
        ElectionResult result = null;
        if (runs(Stage.BALLOTS, done, until)) {
            for (int i = 0; i < spec.votes().size(); i++) {
                String v = spec.votes().get(i);
                if (v != null) {
                    ballots.add(cast(dir, creds.get(i), v));
                }
            }
            for (Revote r : spec.revotes()) {
                ballots.add(cast(dir, creds.get(r.voter() - 1), r.ballot()));
            }
        }
        if (runs(Stage.END_BALLOTS, done, until)) {
            addEvent(dir, "EndBallots", List.of());
        }
        if (runs(Stage.ENCRYPTED_TALLY, done, until)) {
            addEvent(dir, "EncryptedTally", computeEncryptedTally(dir));
        }
        if (runs(Stage.PARTIAL_DECRYPTIONS, done, until)) {
            decryptors = spec.effectiveDecryptors();
            for (int id : decryptors) {
                List<String> pd;
                if (id >= 1 && id <= singles.size()) {
                    pd = decrypt(dir, singles.get(id - 1).privateKey(), id);
                } else if (id > singles.size() && id <= singles.size() + pedersen.size()) {
                    PedersenTrustee t = pedersen.get(id - singles.size() - 1);
                    pd = decryptThreshold(dir, t.seedKey(), t.encryptedDecryptionKey(), id);
                } else {
                    throw new IllegalArgumentException("no trustee with id " + id);
                }
                addEvent(dir, "PartialDecryption", pd);
            }
        }
        if (runs(Stage.RESULT, done, until)) {
            resultJson = computeResult(dir);
            addEvent(dir, "Result", List.of(resultJson));
            result = ElectionResult.fromJson(JsonParser.parse(resultJson));
        }
        return new Advanced(List.copyOf(ballots), decryptors, resultJson, result);
    }

    private static boolean runs(Stage stage, Stage done, Stage until) {
        return stage.compareTo(done) > 0 && stage.compareTo(until) <= 0;
    }

    /** The election with belenios-tool's verdict on its archive; throws if it fails. */
    private Election verified(Election e) {
        ToolResult verification = verify(e.dir());
        if (!verification.ok()) {
            throw new BeleniosToolException("belenios-tool rejected its own election",
                    verification.command(), verification.exitCode(), verification.stdout(),
                    verification.stderr());
        }
        return new Election(e.dir(), e.archive(), e.uuid(), e.spec(), e.electionJson(),
                e.trusteesJson(), e.credentials(), e.publicCredentialsFingerprint(),
                e.singleTrustees(), e.pedersenTrustees(), e.ballots(), e.decryptors(),
                e.resultJson(), e.result(), verification);
    }

    private CastBallot cast(Path dir, Credential c, String plaintext) {
        String ballot = generateBallot(dir, c.privateCredential(), plaintext);
        addEvent(dir, "Ballot", List.of(ballot));
        return new CastBallot(c.id(), plaintext, ballot,
                Hash.base64(ballot.getBytes(StandardCharsets.UTF_8)));
    }

    /** The six steps of demo-threshold.sh, keeping one explicit trustee order throughout. */
    private List<PedersenTrustee> pedersenKeyCeremony(Path setup, Group g, int n, int k,
            int firstId) throws IOException {
        List<String> certIds = new ArrayList<>();
        StringBuilder certs = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ToolResult r = run(setup, (byte[]) null, List.of("setup",
                    "generate-trustee-key-threshold", "--group", g.name(), "--step", "1"));
            check(r);
            String id = match(r.output(), "certificate (\\S+) has been generated");
            certIds.add(id);
            certs.append(Files.readString(setup.resolve(id + ".cert")));
        }
        Files.writeString(setup.resolve("certs.jsons"), certs);
        runOk(setup, null, "setup", "generate-trustee-key-threshold", "--group", g.name(),
                "--certs", "certs.jsons", "--step", "2");
        StringBuilder polynomials = new StringBuilder();
        for (String id : certIds) {
            polynomials.append(runOk(setup, null, "setup", "generate-trustee-key-threshold",
                    "--group", g.name(), "--certs", "certs.jsons", "--key", id + ".key",
                    "--step", "3", "--threshold", Integer.toString(k)));
        }
        Files.writeString(setup.resolve("polynomials.jsons"), polynomials);
        runOk(setup, null, "setup", "generate-trustee-key-threshold", "--group", g.name(),
                "--certs", "certs.jsons", "--step", "4", "--polynomials", "polynomials.jsons");
        StringBuilder voutputs = new StringBuilder();
        for (String id : certIds) {
            String vo = runOk(setup, Files.readString(setup.resolve(id + ".vinput")), "setup",
                    "generate-trustee-key-threshold", "--group", g.name(), "--certs",
                    "certs.jsons", "--key", id + ".key", "--step", "5");
            Files.writeString(setup.resolve(id + ".voutput"), vo);
            voutputs.append(vo);
        }
        String threshold = runOk(setup, voutputs.toString(), "setup",
                "generate-trustee-key-threshold", "--group", g.name(), "--certs", "certs.jsons",
                "--step", "6", "--polynomials", "polynomials.jsons");
        Files.writeString(setup.resolve("threshold.json"), threshold);
        List<PedersenTrustee> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = certIds.get(i);
            out.add(new PedersenTrustee(firstId + i + 1, i + 1, id, setup.resolve(id + ".key"),
                    setup.resolve(id + ".cert"), setup.resolve(id + ".vinput"),
                    setup.resolve(id + ".voutput"), setup.resolve(id + ".dkey")));
        }
        return out;
    }

    // =================================================================== helpers

    private static final Pattern PUBCRED = Pattern.compile("(\\d+),(\\d*),(.*)");

    /**
     * Joins a privcreds file ("ID privcred" lines, ID being "n" with --count or the whole voter
     * line with --file) with a pubcreds file (JSON list of "pubcred,weight,username"; with
     * --count the username is the numeric id and the weight empty).
     */
    static List<Credential> readCredentials(Path privcreds, Path pubcreds) throws IOException {
        Map<String, String[]> pubByUser = new LinkedHashMap<>();
        for (String o : JsonParser.parse(Files.readString(pubcreds)).asList(Json::asString)) {
            Matcher m = PUBCRED.matcher(o);
            if (!m.matches()) {
                throw new IllegalStateException("unexpected pubcred entry " + o);
            }
            pubByUser.put(m.group(3), new String[] {m.group(1), m.group(2)});
        }
        List<Credential> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(privcreds, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            int sp = line.lastIndexOf(' ');
            String idField = line.substring(0, sp);
            String priv = line.substring(sp + 1);
            // --count: "3"; --file: "voter3@example.invalid,voter3,7" (username = 2nd field)
            String[] parts = idField.split(",");
            String user = parts.length >= 2 ? parts[1] : parts[0];
            String[] pub = pubByUser.get(user);
            if (pub == null) {
                throw new IllegalStateException("no public credential for " + idField);
            }
            Long weight = pub[1].isEmpty() ? null : Long.valueOf(pub[1]);
            out.add(new Credential(n, priv, pub[0], weight));
        }
        return out;
    }

    private static Path single(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> l = s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            if (l.size() != 1) {
                throw new IllegalStateException("expected one *" + suffix + " in " + dir
                        + ", found " + l);
            }
            return l.get(0);
        }
    }

    private static void check(ToolResult r) {
        if (!r.ok()) {
            throw new BeleniosToolException("belenios-tool failed", r.command(), r.exitCode(),
                    r.stdout(), r.stderr());
        }
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for /" + regex + "/ in: " + text);
        }
        return m.group(1);
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1];
    }

    private static List<String> lines(String s) {
        return Arrays.stream(s.split("\n")).filter(l -> !l.isEmpty()).toList();
    }

    static String stripNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String read(Path p) throws IOException {
        return p == null ? "" : Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Path writeTemp(String prefix, String content) {
        try {
            Path p = Files.createTempFile(prefix, ".txt");
            Files.writeString(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createTempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    /** Deletes a directory tree (belenios-tool makes some files read-only; that is fine). */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(BeleniosTool::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
