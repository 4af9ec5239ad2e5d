package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The files of {@code belenios-tool setup generate-trustee-key[-threshold]}, byte for byte:
 * every file is one line ending in a newline; {@code .jsons} files hold one JSON value a line.
 *
 * <table>
 *   <caption>Files and names</caption>
 *   <tr><td>{@code ID.privkey}</td><td>x as a JSON string: {@code "123…"}</td></tr>
 *   <tr><td>{@code ID.pubkey}</td><td>trustee_public_key</td></tr>
 *   <tr><td>{@code CID.key}</td><td>the seed, 22 base58 characters</td></tr>
 *   <tr><td>{@code CID.cert}</td><td>the certificate (signed_msg)</td></tr>
 *   <tr><td>{@code CID.vinput}</td><td>vinput</td></tr>
 *   <tr><td>{@code CID.dkey}</td><td>the voutput's private_key string (encrypted_msg)</td></tr>
 * </table>
 *
 * <p>ID is the first 8 hex digits, upper case, of SHA256 of the public key in decimal; CID is
 * the hex SHA256 of the certificate's message.
 */
public final class TrusteeFiles {
  private TrusteeFiles() {}

  /** ID of a Single key's {@code .privkey}/{@code .pubkey} files, e.g. {@code FD7C886F}. */
  public static String singleKeyId(TrusteePublicKey key) {
    return Hash.hex(key.publicKey().toString().getBytes(StandardCharsets.US_ASCII))
        .substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** CID of a member's {@code .key}, {@code .cert}, {@code .vinput}, {@code .dkey} files. */
  public static String certificateId(SignedMessage cert) {
    return Hash.hex(cert.message().getBytes(StandardCharsets.UTF_8));
  }

  // ---- Single keys --------------------------------------------------------------------------

  public static String privkeyFile(SingleTrusteeKey key) {
    return line(JsonWriter.write(Json.num(key.privateKey())));
  }

  public static BigInteger readPrivkey(Group group, String text) {
    return Wire.secretExponent(group, JsonParser.parse(singleLine(text)), "private key");
  }

  public static String pubkeyFile(TrusteePublicKey key) {
    return line(key.write());
  }

  public static TrusteePublicKey readPubkey(Group group, String text) {
    return TrusteePublicKey.parse(singleLine(text), group);
  }

  // ---- Pedersen members ---------------------------------------------------------------------

  public static String keyFile(PedersenKeys keys) {
    return line(keys.seed());
  }

  public static PedersenKeys readKey(Group group, String text) {
    return PedersenKeys.fromSeed(group, singleLine(text));
  }

  /** For {@code .cert}, {@code .vinput}, {@code .dkey} and one line of a {@code .jsons} file. */
  public static String line(String json) {
    return json + "\n";
  }

  /** A {@code .jsons} file: certs.jsons (step 2), polynomials.jsons (step 3), voutputs (6). */
  public static String jsonsFile(List<String> jsons) {
    StringBuilder out = new StringBuilder();
    for (String j : jsons) {
      out.append(line(j));
    }
    return out.toString();
  }

  /** The content of a one-line file without its final newline. */
  public static String singleLine(String text) {
    String s = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    if (s.indexOf('\n') >= 0 || s.isEmpty()) {
      throw new JsonFormatException("expected exactly one line");
    }
    return s;
  }

  /** The lines of a {@code .jsons} file. */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      out.add(l);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    for (String l : out) {
      if (l.isEmpty()) {
        throw new JsonFormatException("empty line in a .jsons file");
      }
    }
    return List.copyOf(out);
  }

  public static List<SignedMessage> readCertificates(Group group, String text) {
    return lines(text).stream().map(l -> SignedMessage.parse(l, group)).toList();
  }

  public static List<Polynomial> readPolynomials(Group group, String text) {
    return lines(text).stream().map(l -> Polynomial.parse(l, group)).toList();
  }

  public static List<Voutput> readVoutputs(Group group, String text) {
    return lines(text).stream().map(l -> Voutput.parse(l, group)).toList();
  }
}
