package vn.tinnhiem.crypto.driver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.trustee.PedersenSetup;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.Polynomial;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.crypto.trustee.ThresholdParameters;
import vn.tinnhiem.crypto.trustee.TrusteeKind;
import vn.tinnhiem.crypto.trustee.Trustees;
import vn.tinnhiem.crypto.trustee.Vinput;
import vn.tinnhiem.crypto.trustee.Voutput;

/**
 * The trustees of a driven election, all simulated in one process: either one Single key, or a
 * k-of-n Pedersen ceremony run step by step exactly as the members and the server would.
 * Private keys stay in memory; this is for tests, demos and benchmarks.
 */
public final class TrusteeBoard {
  /** One Single trustee ({@code members == 0}), or {@code threshold} of {@code members}. */
  public record Shape(int threshold, int members) {
    public Shape {
      if (members < 0 || (members > 0 && (threshold < 1 || threshold > members))) {
        throw new IllegalArgumentException("need 1 <= k <= n, got " + threshold + "/" + members);
      }
    }

    public static Shape single() {
      return new Shape(0, 0);
    }

    /** Parses "K/N", e.g. "2/3"; "1" or "single" means one Single trustee. */
    public static Shape parse(String text) {
      if (text.equals("single") || text.equals("1")) {
        return single();
      }
      String[] parts = text.split("/");
      if (parts.length != 2) {
        throw new IllegalArgumentException("threshold must look like K/N, e.g. 2/3");
      }
      return new Shape(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }
  }

  private final Trustees trustees;
  private final List<BigInteger> privateKeys;

  private TrusteeBoard(Trustees trustees, List<BigInteger> privateKeys) {
    this.trustees = trustees;
    this.privateKeys = privateKeys;
  }

  static TrusteeBoard create(Group group, Shape shape) {
    if (shape.members() == 0) {
      SingleTrusteeKey key = SingleTrusteeKey.generate(group);
      return new TrusteeBoard(new Trustees(List.of(new TrusteeKind.Single(key.publicKey()))),
          List.of(key.privateKey()));
    }
    int n = shape.members();
    List<PedersenKeys> keys = new ArrayList<>(n);
    List<SignedMessage> certs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PedersenKeys k = PedersenKeys.generate(group);
      keys.add(k);
      certs.add(PedersenTrustee.certificate(group, k));
    }
    List<Polynomial> polynomials = new ArrayList<>(n);
    for (PedersenKeys k : keys) {
      polynomials.add(PedersenTrustee.polynomial(group, k, certs, shape.threshold()));
    }
    List<Vinput> vinputs = PedersenSetup.vinputs(group, certs, polynomials);
    List<Voutput> voutputs = new ArrayList<>(n);
    List<BigInteger> privates = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Voutput v = PedersenTrustee.voutput(group, keys.get(i), certs, vinputs.get(i));
      voutputs.add(v);
      privates.add(PedersenTrustee.decryptionKey(group, keys.get(i), v.privateKey()));
    }
    ThresholdParameters parameters =
        PedersenSetup.thresholdParameters(group, certs, polynomials, voutputs);
    return new TrusteeBoard(new Trustees(List.of(new TrusteeKind.Pedersen(parameters))),
        privates);
  }

  public Trustees trustees() {
    return trustees;
  }

  /** Ids usable in owned partial decryptions: 1..n. */
  public int count() {
    return privateKeys.size();
  }

  BigInteger privateKey(int id) {
    return privateKeys.get(id - 1);
  }
}
