package vn.tinnhiem.crypto.oracle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test-fixture helper: recovers a Pedersen trustee's plain decryption key S_j from the files
 * belenios-tool's threshold key ceremony leaves with that trustee: the seed ({@code <cert>.key},
 * 22 Base58 characters) and the {@code <cert>.dkey} written by step 6 (an encrypted_msg, spec
 * 4.6.1, holding {@code send(sk_j, ek_j, {"decryption_key":"S_j"})}).
 *
 * <p>It is self-contained (no other project class) so that {@code make-fixtures.sh} can run it
 * with Java's single-file launcher:
 * <pre>  java PedersenKeyUnwrap.java BELENIOS-2048 trustee.key trustee.dkey   # prints S_j</pre>
 *
 * <p>What it does, as observed on belenios-tool 2.0 (documented in oracle/NOTES.md):
 * <ol>
 *   <li>dk = int(hex SHA-256("dk|" + seed)) mod q (and sk likewise with "sk|");</li>
 *   <li>K = beta / alpha^dk mod p; AES-256 key = SHA-256("key|" + K in decimal),
 *       nonce = first 13 bytes of SHA-256("iv|" + alpha in decimal);</li>
 *   <li>data (hex) = AES-CCM ciphertext followed by an 8-byte tag, no associated data
 *       (SJCL's CCM);</li>
 *   <li>the plaintext is a signed_msg whose message is a channel_msg
 *       {"recipient": g^dk, "message": "{\"decryption_key\":\"S_j\"}"}.</li>
 * </ol>
 * This is not production code and checks only the recipient, not the signature.
 */
public final class PedersenKeyUnwrap {

    /** p, g, q of a Belenios group (spec section 5). */
    public record GroupParams(String name, BigInteger p, BigInteger g, BigInteger q) {
    }

    public static final GroupParams BELENIOS_2048 = new GroupParams("BELENIOS-2048",
            new BigInteger("2069478569142254640101364365750500806492298929575110409710088478705"
                    + "7374219242717401922237254497684338129066633138078958404960054389636289"
                    + "7963930387739057228036059737494276713767776188985898727358650490811670"
                    + "9931053586778098003079049165406377717376419867852727347447634183560003"
                    + "5698305193144284561701911000786737307333564123971732897913240474578834"
                    + "4682606523279746479511376726586935821800463179220736688600526271863633"
                    + "8608879688212076943236614949100292344434637322214588410058642105024212"
                    + "0365433561201320481118852408731077014151666200162313177169372189248078"
                    + "507711827842317498073276598828825169183103125680162072880719"),
            new BigInteger("2402352677501852209227687703532399932712287657378364916510075318787"
                    + "6632741463532193202856761552696787996946682987493890950838965734256019"
                    + "0060106847716449173547413728310461045868131451178164675540052740288984"
                    + "6139864532661215055797097162016168270312886432456663834863635782106154"
                    + "9184199825343151897406581868686511513585764101388822153960160432288436"
                    + "0393098933366277284840659313840601023167509576377798266510360682240663"
                    + "5076697764025346253773085133173495194248967754052573659049492477631475"
                    + "9915751987751777114814909204566002054781270547282381409725186398583341"
                    + "15700568353695553423781475582491896050296680037745308460627"),
            new BigInteger("7857173325107188507992765981267145012182142125840879461151008191980"
                    + "5623223441"));

    public static final GroupParams RFC_3526_2048 = new GroupParams("RFC-3526-2048",
            new BigInteger("3231700607131100730033891392642382824881794124114023911284200975140"
                    + "0741706634354222619689417363569347117901737909704191754605873209195028"
                    + "8537589861856221532121754125149017745202702357960782362488842461894775"
                    + "8764110592864609941172324542662252219323054091903768052423551912567971"
                    + "5870117001058055877651038861847280257976054903569732561526167081339361"
                    + "7995413364765591603683178967290731783845896806396719009772021941686472"
                    + "2587103141133642931953619347163653320971707744822798858856536920864529"
                    + "6636077250268955505928362751121174096972998068410554359584866583291642"
                    + "136218231078990999448652468262416972035911852507045361090559"),
            BigInteger.TWO,
            new BigInteger("1615850303565550365016945696321191412440897062057011955642100487570"
                    + "0370853317177111309844708681784673558950868954852095877302936604597514"
                    + "4268794930928110766060877062574508872601351178980391181244421230947387"
                    + "9382055296432304970586162271331126109661527045951884026211775956283985"
                    + "7935058500529027938825519430923640128988027451784866280763083540669680"
                    + "8997706682382795801841589483645365891922948403198359504886010970843236"
                    + "1293551570566821465976809673581826660485853872411399429428268460432264"
                    + "8318038625134477752964181375560587048486499034205277179792433291645821"
                    + "068109115539495499724326234131208486017955926253522680545279"));

    private PedersenKeyUnwrap() {
    }

    public static GroupParams group(String name) {
        return switch (name) {
            case "BELENIOS-2048" -> BELENIOS_2048;
            case "RFC-3526-2048" -> RFC_3526_2048;
            default -> throw new IllegalArgumentException("unknown group " + name);
        };
    }

    /** int(hex SHA-256(prefix + seed)) mod q, for prefix "sk|" or "dk|". */
    public static BigInteger deriveFromSeed(GroupParams gp, String prefix, String seed) {
        return new BigInteger(1, sha256((prefix + seed).getBytes(StandardCharsets.UTF_8)))
                .mod(gp.q());
    }

    /** Decrypts a .dkey with the trustee's seed and returns S_j. */
    public static BigInteger unwrap(GroupParams gp, String seed, String dkeyJson) {
        BigInteger dk = deriveFromSeed(gp, "dk|", seed.strip());
        String plain = decryptMessage(gp, dk, dkeyJson);
        // nested JSON strings: only backslashes, quotes and a colon separate key from value
        String recipient = group1(plain, "recipient[\\\\\":]*(\\d+)");
        if (!new BigInteger(recipient).equals(gp.g().modPow(dk, gp.p()))) {
            throw new IllegalStateException("channel message is not addressed to this trustee");
        }
        return new BigInteger(group1(plain, "decryption_key[\\\\\":]*(\\d+)"));
    }

    /** Decrypts an encrypted_msg {"alpha","beta","data"} with decryption key dk (spec 4.6.1). */
    public static String decryptMessage(GroupParams gp, BigInteger dk, String encryptedMsgJson) {
        BigInteger alpha = new BigInteger(group1(encryptedMsgJson, "\"alpha\":\"(\\d+)\""));
        BigInteger beta = new BigInteger(group1(encryptedMsgJson, "\"beta\":\"(\\d+)\""));
        byte[] data = hex(group1(encryptedMsgJson, "\"data\":\"([0-9a-f]*)\""));
        BigInteger k = beta.multiply(alpha.modPow(dk, gp.p()).modInverse(gp.p())).mod(gp.p());
        byte[] key = sha256(("key|" + k).getBytes(StandardCharsets.UTF_8));
        byte[] iv = sha256(("iv|" + alpha).getBytes(StandardCharsets.UTF_8));
        byte[] nonce = java.util.Arrays.copyOf(iv, 13);
        return new String(ccmDecrypt(key, nonce, data, 8), StandardCharsets.UTF_8);
    }

    /** AES-CCM decryption (RFC 3610) without associated data, for a 13-byte nonce (L = 2). */
    static byte[] ccmDecrypt(byte[] key, byte[] nonce, byte[] ctAndTag, int tagLen) {
        try {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            int n = ctAndTag.length - tagLen;
            byte[] plain = new byte[n];
            byte[] ctr = new byte[16];
            ctr[0] = 1; // L - 1
            System.arraycopy(nonce, 0, ctr, 1, 13);
            for (int off = 0, i = 1; off < n; off += 16, i++) {
                ctr[14] = (byte) (i >> 8);
                ctr[15] = (byte) i;
                byte[] ks = aes.doFinal(ctr);
                for (int j = 0; j < 16 && off + j < n; j++) {
                    plain[off + j] = (byte) (ctAndTag[off + j] ^ ks[j]);
                }
            }
            // CBC-MAC over B0 || plaintext (zero-padded)
            byte[] b0 = new byte[16];
            b0[0] = (byte) (((tagLen - 2) / 2) << 3 | 1);
            System.arraycopy(nonce, 0, b0, 1, 13);
            b0[14] = (byte) (n >> 8);
            b0[15] = (byte) n;
            byte[] mac = aes.doFinal(b0);
            for (int off = 0; off < n; off += 16) {
                for (int j = 0; j < 16 && off + j < n; j++) {
                    mac[j] ^= plain[off + j];
                }
                mac = aes.doFinal(mac);
            }
            ctr[14] = 0;
            ctr[15] = 0;
            byte[] s0 = aes.doFinal(ctr);
            for (int j = 0; j < tagLen; j++) {
                if ((byte) (mac[j] ^ s0[j]) != ctAndTag[n + j]) {
                    throw new IllegalStateException("AES-CCM tag mismatch");
                }
            }
            return plain;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static String group1(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("pattern " + regex + " not found");
        }
        return m.group(1);
    }

    /** {@code java PedersenKeyUnwrap.java GROUP SEED_FILE DKEY_FILE}: prints S_j in decimal. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java PedersenKeyUnwrap.java GROUP SEED_FILE DKEY_FILE");
            System.exit(2);
        }
        GroupParams gp = group(args[0]);
        System.out.println(unwrap(gp, Files.readString(Path.of(args[1])),
                Files.readString(Path.of(args[2]))));
    }
}
