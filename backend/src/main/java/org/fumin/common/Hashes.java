package org.fumin.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 digests and random tokens. */
public final class Hashes {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Hashes() {}

  /** Cloned per use: cheaper than looking the algorithm up among the providers every time. */
  private static final MessageDigest SHA_256 = newSha256();
  private static final HexFormat HEX = HexFormat.of();

  public static String sha256(String value) {
    MessageDigest digest;
    try {
      digest = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      digest = newSha256();
    }
    return HEX.formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A random URL-safe token with {@code bytes * 8} bits of entropy. */
  public static String token(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
