package vn.tinnhiem.crypto.trustee;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in CCM mode (RFC 3610, NIST SP 800-38C) as Belenios 2.0 uses it for the threshold PKI:
 * no associated data, an 8-byte tag appended to the ciphertext, and a nonce cut from a longer
 * IV. The JDK has no CCM, so this builds CTR and CBC-MAC on single-block AES/ECB.
 *
 * <p>Belenios (like SJCL, which it follows) passes a 32-byte IV and keeps its first
 * {@code 15 − L} bytes, where the length field size L is 2, 3 or 4: the smallest that holds the
 * plaintext length, at least 2. For every message of the ceremony (under 64 KiB) L = 2 and the
 * nonce is the first 13 bytes.
 */
final class AesCcm {
  static final int TAG_BYTES = 8;
  private static final int BLOCK = 16;

  private AesCcm() {}

  /** Returns ciphertext ‖ tag. */
  static byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
    Cipher aes = aes(key);
    int l = lengthFieldSize(plaintext.length);
    byte[] nonce = nonce(iv, l);
    byte[] tag = mac(aes, nonce, l, plaintext);
    byte[] out = new byte[plaintext.length + TAG_BYTES];
    ctr(aes, nonce, l, plaintext, out);
    byte[] s0 = block(aes, counterBlock(nonce, l, 0));
    for (int i = 0; i < TAG_BYTES; i++) {
      out[plaintext.length + i] = (byte) (tag[i] ^ s0[i]);
    }
    return out;
  }

  /** Inverse of {@link #encrypt}; null when the tag does not match (wrong key or tampering). */
  static byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertextAndTag) {
    if (ciphertextAndTag.length < TAG_BYTES) {
      return null;
    }
    Cipher aes = aes(key);
    int length = ciphertextAndTag.length - TAG_BYTES;
    int l = lengthFieldSize(length);
    byte[] nonce = nonce(iv, l);
    byte[] ciphertext = new byte[length];
    System.arraycopy(ciphertextAndTag, 0, ciphertext, 0, length);
    byte[] plaintext = new byte[length];
    ctr(aes, nonce, l, ciphertext, plaintext);
    byte[] s0 = block(aes, counterBlock(nonce, l, 0));
    byte[] received = new byte[TAG_BYTES];
    for (int i = 0; i < TAG_BYTES; i++) {
      received[i] = (byte) (ciphertextAndTag[length + i] ^ s0[i]);
    }
    byte[] expected = mac(aes, nonce, l, plaintext);
    byte[] expectedTag = new byte[TAG_BYTES];
    System.arraycopy(expected, 0, expectedTag, 0, TAG_BYTES);
    return MessageDigest.isEqual(received, expectedTag) ? plaintext : null;
  }

  /** L: bytes of the message-length field, 2 to 4 (Belenios never goes beyond 4). */
  static int lengthFieldSize(int length) {
    int l = 2;
    while (l < 4 && (length >>> (8 * l)) != 0) {
      l++;
    }
    return l;
  }

  private static byte[] nonce(byte[] iv, int l) {
    int n = 15 - l;
    if (iv.length < n) {
      throw new IllegalArgumentException("CCM IV too short: " + iv.length + " bytes");
    }
    byte[] nonce = new byte[n];
    System.arraycopy(iv, 0, nonce, 0, n);
    return nonce;
  }

  /** CBC-MAC of B0 ‖ plaintext (zero-padded); B0 = flags ‖ nonce ‖ length. */
  private static byte[] mac(Cipher aes, byte[] nonce, int l, byte[] plaintext) {
    byte[] b0 = new byte[BLOCK];
    // Flags: no associated data, M' = (tag − 2) / 2 in bits 3–5, L − 1 in bits 0–2.
    b0[0] = (byte) ((((TAG_BYTES - 2) / 2) << 3) | (l - 1));
    System.arraycopy(nonce, 0, b0, 1, nonce.length);
    putBigEndian(b0, plaintext.length, l);
    byte[] x = block(aes, b0);
    for (int off = 0; off < plaintext.length; off += BLOCK) {
      byte[] next = new byte[BLOCK];
      int n = Math.min(BLOCK, plaintext.length - off);
      for (int i = 0; i < BLOCK; i++) {
        next[i] = (byte) (x[i] ^ (i < n ? plaintext[off + i] : 0));
      }
      x = block(aes, next);
    }
    return x;
  }

  /** XORs {@code in} with the key stream S1, S2, … into {@code out}. */
  private static void ctr(Cipher aes, byte[] nonce, int l, byte[] in, byte[] out) {
    int counter = 1;
    for (int off = 0; off < in.length; off += BLOCK, counter++) {
      byte[] s = block(aes, counterBlock(nonce, l, counter));
      int n = Math.min(BLOCK, in.length - off);
      for (int i = 0; i < n; i++) {
        out[off + i] = (byte) (in[off + i] ^ s[i]);
      }
    }
  }

  private static byte[] counterBlock(byte[] nonce, int l, int counter) {
    byte[] a = new byte[BLOCK];
    a[0] = (byte) (l - 1);
    System.arraycopy(nonce, 0, a, 1, nonce.length);
    putBigEndian(a, counter, l);
    return a;
  }

  /** Writes {@code value} big-endian into the last {@code l} bytes of the block. */
  private static void putBigEndian(byte[] block, int value, int l) {
    for (int i = 0; i < l; i++) {
      int shift = 8 * i;
      block[BLOCK - 1 - i] = shift < 32 ? (byte) (value >>> shift) : 0;
    }
  }

  private static Cipher aes(byte[] key) {
    try {
      Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has AES/ECB/NoPadding", e);
    }
  }

  private static byte[] block(Cipher aes, byte[] in) {
    try {
      return aes.doFinal(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("single-block AES cannot fail", e);
    }
  }
}
