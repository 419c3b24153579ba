package com.mastertrade.services.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An API key: {@code mtk_} and 32 random bytes from {@link SecureRandom}, base64url (256 bits of
 * entropy), stored only as its SHA-256.
 *
 * <p>Why SHA-256 and not a password KDF (bcrypt, scrypt, Argon2): a KDF is slow on purpose, to make
 * guessing a low-entropy password from a stolen hash expensive. A 256-bit random key cannot be
 * guessed whatever the hash costs, so the slowness buys nothing, while it would cost every {@code
 * /api} call a deliberate few milliseconds of CPU (an easy flood target) and rule out finding the
 * key by an indexed lookup of its hash, which a salted KDF needs a separate key id for.
 */
final class ApiKeyFormat {
  static final String PREFIX = "mtk_";
  private static final int RANDOM_BYTES = 32;

  /** Characters in a key: the prefix and 43 base64url characters (no padding). */
  static final int LENGTH = PREFIX.length() + 43;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeyFormat() {}

  static String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code text} has a key's form: garbage is refused without a database lookup. */
  static boolean hasKeyForm(String text) {
    if (text.length() != LENGTH || !text.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < LENGTH; i++) {
      char c = text.charAt(i);
      boolean base64url =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!base64url) {
        return false;
      }
    }
    return true;
  }

  /** The stored form of {@code key}: its SHA-256, in lower-case hex. */
  static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
