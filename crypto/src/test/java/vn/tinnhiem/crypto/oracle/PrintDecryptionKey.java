package vn.tinnhiem.crypto.oracle;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;

/**
 * Prints a Pedersen member's plain decryption key S_j from their seed ({@code .key}) and the
 * {@code .dkey} step 6 gave back, for {@code fixtures/make-fixtures.sh}, which runs it with the
 * source launcher on the compiled main classes:
 * <pre>  java --class-path crypto/target/classes PrintDecryptionKey.java GROUP KEY DKEY</pre>
 */
public final class PrintDecryptionKey {
    private PrintDecryptionKey() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PrintDecryptionKey GROUP SEED_FILE DKEY_FILE");
            System.exit(2);
        }
        Group group = Group.byName(args[0]);
        System.out.println(PedersenTrustee.decryptionKey(group,
                TrusteeFiles.readKey(group, Files.readString(Path.of(args[1]))),
                TrusteeFiles.singleLine(Files.readString(Path.of(args[2])))));
    }
}
