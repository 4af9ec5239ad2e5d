package vn.tinnhiem.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table paths must give exactly what BigInteger.modPow gives. */
class FixedBaseTest {

  static Stream<Group> groups() {
    return Stream.of(Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  @ParameterizedTest
  @MethodSource("groups")
  void tablesAgreeWithModPow(Group group) {
    Random rnd = new Random(42);
    BigInteger key = group.g().modPow(BigInteger.valueOf(777), group.p());
    BigInteger[] edge = {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
        BigInteger.valueOf(255), BigInteger.valueOf(256), group.q().subtract(BigInteger.ONE),
        group.q(), BigInteger.ONE.shiftLeft(group.q().bitLength()),
        BigInteger.ONE.shiftLeft(group.q().bitLength() + 9).add(BigInteger.TEN)};
    for (BigInteger e : edge) {
      assertThat(group.gPow(e)).isEqualTo(group.g().modPow(e, group.p()));
      assertThat(group.keyPow(key, e)).isEqualTo(key.modPow(e, group.p()));
    }
    for (int i = 0; i < 50; i++) {
      BigInteger e = new BigInteger(group.q().bitLength(), rnd);
      BigInteger b = group.gPow(BigInteger.valueOf(rnd.nextInt(1_000_000) + 2));
      assertThat(group.gPow(e)).isEqualTo(group.g().modPow(e, group.p()));
      assertThat(group.keyPowPow(key, e, b, e.add(BigInteger.ONE)))
          .isEqualTo(key.modPow(e, group.p()).multiply(b.modPow(e.add(BigInteger.ONE),
              group.p())).mod(group.p()));
    }
  }
}
