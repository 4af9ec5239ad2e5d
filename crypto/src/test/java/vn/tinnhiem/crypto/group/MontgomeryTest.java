package vn.tinnhiem.crypto.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tinnhiem.crypto.group.Montgomery.Element;

/** The fast arithmetic must give exactly what plain BigInteger gives. */
class MontgomeryTest {

  static Stream<Group> groups() {
    return Stream.of(Group.BELENIOS_2048, Group.RFC_3526_2048);
  }

  @Test
  void fastPathIsOnUnderTheBuildsJvmOptions() {
    // The build opens java.base/java.math to the tests, as the CLI and server do; a plain run
    // of the same tests sets tinnhiem.crypto.plain instead (crypto/pom.xml).
    boolean plain = Boolean.getBoolean(Montgomery.PLAIN_PROPERTY);
    assertThat(Group.BELENIOS_2048.fast() == null).as(Montgomery.describe()).isEqualTo(plain);
  }

  @ParameterizedTest
  @MethodSource("groups")
  void productsSquaresAndConversionsAgreeWithBigInteger(Group group) {
    Montgomery m = Montgomery.of(group.p());
    if (m == null) {
      return; // plain run: nothing fast to compare
    }
    BigInteger p = group.p();
    Random rnd = new Random(7);
    List<BigInteger> values = new java.util.ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE,
        BigInteger.TWO, p.subtract(BigInteger.ONE), p.subtract(BigInteger.TWO), p, p.add(p)));
    for (int i = 0; i < 40; i++) {
      values.add(new BigInteger(p.bitLength() + 8, rnd));
    }
    for (BigInteger a : values) {
      assertThat(m.value(m.element(a))).isEqualTo(a.mod(p));
      assertThat(m.value(m.square(m.element(a)))).isEqualTo(a.multiply(a).mod(p));
      for (BigInteger b : values.subList(0, 10)) {
        assertThat(m.value(m.times(m.element(a), m.element(b))))
            .isEqualTo(a.multiply(b).mod(p));
      }
    }
    assertThat(m.isOne(m.one())).isTrue();
    assertThat(m.isOne(m.element(p.add(BigInteger.ONE)))).isTrue();
    assertThat(m.isOne(m.element(BigInteger.TWO))).isFalse();
  }

  @ParameterizedTest
  @MethodSource("groups")
  void powersAndFixedBasesAgreeWithModPow(Group group) {
    FastGroup fast = group.fast();
    if (fast == null) {
      return;
    }
    BigInteger p = group.p();
    BigInteger q = group.q();
    Random rnd = new Random(11);
    BigInteger key = group.g().modPow(BigInteger.valueOf(4242), p);
    BigInteger base = group.g().modPow(BigInteger.valueOf(99), p);
    BigInteger other = group.g().modPow(BigInteger.valueOf(1234567), p);
    Powers pb = fast.powers(base);
    Powers po = fast.powers(other);
    BigInteger all = BigInteger.ONE.shiftLeft(q.bitLength()).subtract(BigInteger.ONE);
    List<BigInteger> exponents = new java.util.ArrayList<>(List.of(BigInteger.ZERO,
        BigInteger.ONE, BigInteger.valueOf(15), BigInteger.valueOf(16), BigInteger.valueOf(255),
        q.subtract(BigInteger.ONE), q, all));
    for (int i = 0; i < 30; i++) {
      exponents.add(new BigInteger(q.bitLength(), rnd));
    }
    for (BigInteger e : exponents) {
      assertThat(fast.value(pb.pow(e))).isEqualTo(base.modPow(e, p));
      assertThat(fast.value(Powers.productPow(fast.arithmetic(), List.of(pb, po), e)))
          .isEqualTo(base.multiply(other).modPow(e, p));
      assertThat(fast.value(fast.gPow(e))).isEqualTo(group.g().modPow(e, p));
      assertThat(fast.value(fast.keyPow(key, e))).isEqualTo(key.modPow(e, p));
      assertThat(group.plainGPow(e)).isEqualTo(group.g().modPow(e, p));
    }
    assertThat(fast.value(fast.gPow(all.shiftLeft(3)))).isEqualTo(group.g().modPow(all
        .shiftLeft(3), p));
    assertThat(fast.value(fast.gPow(BigInteger.valueOf(-5))))
        .isEqualTo(group.g().modPow(BigInteger.valueOf(-5), p));
    assertThatThrownBy(() -> pb.pow(all.shiftLeft(8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pb.pow(BigInteger.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subgroupTestThroughPowersMatchesIsElement() {
    Group group = Group.BELENIOS_2048;
    FastGroup fast = group.fast();
    if (fast == null) {
      return;
    }
    BigInteger p = group.p();
    BigInteger cofactor = p.subtract(BigInteger.ONE).divide(group.q());
    // Elements with components of order 2, 3 and of the cofactor's large part.
    BigInteger orderTwo = p.subtract(BigInteger.ONE);
    BigInteger orderThree = OutsideTheGroup.orderThree();
    BigInteger member = group.gPow(BigInteger.valueOf(31337));
    for (BigInteger x : List.of(member, orderTwo, member.multiply(orderTwo).mod(p),
        member.multiply(orderThree).mod(p), BigInteger.TWO, BigInteger.valueOf(3),
        BigInteger.TWO.modPow(group.q(), p), BigInteger.ONE, member.modPow(cofactor, p))) {
      Element e = fast.element(x);
      assertThat(fast.arithmetic().isOne(fast.powers(x).pow(group.q())))
          .as("x = %s", x).isEqualTo(group.isElement(x));
      assertThat(e).isNotNull();
    }
    assertThat(orderThree).isNotEqualTo(BigInteger.ONE);
  }
}
