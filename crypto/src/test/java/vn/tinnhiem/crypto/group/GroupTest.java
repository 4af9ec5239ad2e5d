package vn.tinnhiem.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GroupTest {

  static Stream<Group> groups() {
    return Stream.of(Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  @ParameterizedTest
  @MethodSource("groups")
  void parametersAreConsistent(Group g) {
    assertThat(g.p().bitLength()).isEqualTo(2048);
    assertThat(g.p().subtract(BigInteger.ONE).mod(g.q())).isEqualTo(BigInteger.ZERO);
    assertThat(g.gPow(g.q())).isEqualTo(BigInteger.ONE);
    assertThat(g.p().isProbablePrime(40)).isTrue();
    assertThat(g.q().isProbablePrime(40)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("groups")
  void rejectsEverythingOutsideTheSubgroup(Group g) {
    BigInteger p = g.p();
    for (BigInteger bad : new BigInteger[] {BigInteger.ZERO, p, p.add(BigInteger.ONE),
        p.subtract(BigInteger.ONE), BigInteger.ONE.negate()}) {
      assertThat(g.isElement(bad)).as("%s", bad).isFalse();
    }
    // A non-residue: g^x times -1 (p-1 has order 2, outside the odd-order subgroup).
    BigInteger outside = g.mul(g.gPow(BigInteger.valueOf(12345)), p.subtract(BigInteger.ONE));
    assertThat(g.isElement(outside)).isFalse();
    assertThatThrownBy(() -> g.parseElement(outside.toString()))
        .isInstanceOf(GroupFormatException.class).hasMessageContaining("not an element");
    assertThat(g.isElement(BigInteger.ONE)).isTrue();
    assertThat(g.isElement(g.gPow(BigInteger.valueOf(987654321)))).isTrue();
  }

  @ParameterizedTest
  @MethodSource("groups")
  void jacobiShortcutAgreesWithModPow(Group g) {
    java.util.Random rnd = new java.util.Random(7);
    for (int i = 0; i < 40; i++) {
      BigInteger x = new BigInteger(2047, rnd).add(BigInteger.TWO);
      boolean slow = x.modPow(g.q(), g.p()).equals(BigInteger.ONE);
      assertThat(g.isElement(x)).isEqualTo(slow);
    }
  }

  @ParameterizedTest
  @MethodSource("groups")
  void parsesOnlyCanonicalDecimals(Group g) {
    for (String bad : new String[] {"", "-1", "+5", "01", "1e5", " 1", "abc",
        "9".repeat(700)}) {
      assertThatThrownBy(() -> g.parseElement(bad)).isInstanceOf(GroupFormatException.class);
      assertThatThrownBy(() -> g.parseExponent(bad)).isInstanceOf(GroupFormatException.class);
    }
    assertThatThrownBy(() -> g.parseExponent(g.q().toString()))
        .isInstanceOf(GroupFormatException.class);
    assertThat(g.parseExponent(g.q().subtract(BigInteger.ONE).toString()))
        .isEqualTo(g.q().subtract(BigInteger.ONE));
  }

  @ParameterizedTest
  @MethodSource("groups")
  void looksUpByName(Group g) {
    assertThat(Group.byName(g.name())).isSameAs(g);
    assertThatThrownBy(() -> Group.byName("P-256")).isInstanceOf(GroupFormatException.class);
  }
}
