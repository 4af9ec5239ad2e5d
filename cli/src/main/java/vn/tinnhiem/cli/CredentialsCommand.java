package vn.tinnhiem.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.credential.PublicCredentials;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * {@code tinnhiem credentials}: makes voter credentials offline, as the credential authority. The
 * private credentials go to a file for printing; only the public list goes to the server.
 */
@Command(name = "credentials", mixinStandardHelpOptions = true,
    description = "Generate N voter credentials: private ones to print, public ones to upload.")
final class CredentialsCommand implements Callable<Integer> {

  @Option(names = "--uuid", required = true, description = "election uuid (base58, 14+ chars)")
  String uuid;

  @Option(names = "--group", defaultValue = "BELENIOS-2048",
      description = "BELENIOS-2048 (default) or RFC-3526-2048")
  String group;

  @Option(names = "--count", required = true, description = "how many credentials")
  int count;

  @Option(names = "--dir", defaultValue = ".", description = "where to write the two files")
  Path dir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (count < 1 || count > 1_000_000) {
      spec.commandLine().getErr().println("error: --count must be between 1 and 1000000");
      return ExitCodes.UNREADABLE;
    }
    Group g = Group.byName(group);
    List<String> privates = new ArrayList<>(count);
    List<java.math.BigInteger> publics = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String c = Credentials.generate();
      privates.add(c);
      publics.add(Credentials.publicCredential(g, uuid, c));
    }
    Files.createDirectories(dir);
    Path privFile = dir.resolve(uuid + ".privcreds");
    Path pubFile = dir.resolve(uuid + ".pubcreds");
    Files.write(privFile, privates, StandardCharsets.UTF_8);
    // Sorted, so the order of the public list says nothing about who got which slip.
    publics.sort(null);
    Files.write(pubFile, JsonWriter.writeBytes(PublicCredentials.of(publics).toJson()));
    spec.commandLine().getOut().println(count + " private credentials written to " + privFile);
    spec.commandLine().getOut().println(count + " public credentials written to " + pubFile);
    return ExitCodes.OK;
  }
}
