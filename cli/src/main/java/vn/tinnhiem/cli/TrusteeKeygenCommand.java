package vn.tinnhiem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.Polynomial;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;
import vn.tinnhiem.crypto.trustee.Vinput;
import vn.tinnhiem.crypto.trustee.Voutput;

/**
 * {@code tinnhiem trustee keygen}: a member's key material, in belenios-tool's file formats so
 * members can mix both tools. {@code --single} makes a Single key (ID.privkey, ID.pubkey); the
 * threshold steps are those a member runs: 1 (seed and certificate), 3 (polynomial), 5 (voutput).
 * Private files are created readable by their owner only.
 */
@Command(name = "keygen", mixinStandardHelpOptions = true,
    description = "Make a counting-board member's keys: --single, or threshold --step 1|3|5.")
final class TrusteeKeygenCommand implements Callable<Integer> {

  @Option(names = "--group", defaultValue = "BELENIOS-2048") String group;
  @Option(names = "--single", description = "one Single key instead of a threshold share")
  boolean single;
  @Option(names = "--step", description = "threshold step: 1, 3 or 5") Integer step;
  @Option(names = "--certs", description = "all members' certificates (certs.jsons)") Path certs;
  @Option(names = "--key", description = "this member's seed file (.key)") Path key;
  @Option(names = "--threshold", description = "members needed to decrypt (step 3)")
  Integer threshold;
  @Option(names = "--vinput", description = "this member's vinput (step 5)") Path vinput;
  @Option(names = "--dir", defaultValue = ".", description = "where to write files") Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Group g = Group.byName(group);
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(dir);
    if (single) {
      SingleTrusteeKey k = SingleTrusteeKey.generate(g);
      String id = TrusteeFiles.singleKeyId(k.publicKey());
      writePrivate(dir.resolve(id + ".privkey"), TrusteeFiles.privkeyFile(k));
      Files.writeString(dir.resolve(id + ".pubkey"), TrusteeFiles.pubkeyFile(k.publicKey()));
      out.println("key " + id + ": public key in " + id + ".pubkey, private key in "
          + id + ".privkey (keep it offline)");
      return ExitCodes.OK;
    }
    if (step == null) {
      return usage("give --single or --step 1|3|5");
    }
    switch (step) {
      case 1 -> {
        PedersenKeys k = PedersenKeys.generate(g);
        SignedMessage cert = PedersenTrustee.certificate(g, k);
        String id = TrusteeFiles.certificateId(cert);
        writePrivate(dir.resolve(id + ".key"), TrusteeFiles.keyFile(k));
        Files.writeString(dir.resolve(id + ".cert"), TrusteeFiles.line(cert.write()));
        out.println("certificate " + id + ".cert (send it), seed " + id + ".key (keep it)");
      }
      case 3 -> {
        if (certs == null || key == null || threshold == null) {
          return usage("step 3 needs --certs, --key and --threshold");
        }
        Polynomial p = PedersenTrustee.polynomial(g, readKey(g), readCerts(g), threshold);
        out.print(TrusteeFiles.line(p.write()));
      }
      case 5 -> {
        if (certs == null || key == null || vinput == null) {
          return usage("step 5 needs --certs, --key and --vinput");
        }
        Vinput v = Vinput.parse(TrusteeFiles.singleLine(Files.readString(vinput)), g);
        Voutput o = PedersenTrustee.voutput(g, readKey(g), readCerts(g), v);
        out.print(TrusteeFiles.line(o.write()));
      }
      default -> {
        return usage("members run steps 1, 3 and 5; the server runs 2, 4 and 6");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private PedersenKeys readKey(Group g) throws IOException {
    return TrusteeFiles.readKey(g, Files.readString(key));
  }

  private java.util.List<SignedMessage> readCerts(Group g) throws IOException {
    return TrusteeFiles.readCertificates(g, Files.readString(certs));
  }

  private int usage(String why) {
    spec.commandLine().getErr().println("error: " + why);
    return ExitCodes.UNREADABLE;
  }

  /** Private material: owner-only permissions where the file system has them. */
  static void writePrivate(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    try {
      Files.setPosixFilePermissions(file,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system: nothing more we can do
    }
  }
}
