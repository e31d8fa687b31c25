package org.fumin.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 (an adaptive hash: the iteration count is stored with
 * each hash and can be raised over time), the password policy, and random secrets.
 */
@ApplicationScoped
public class Passwords {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALGORITHM = "pbkdf2-sha256";
  /** The 10,000 most common passwords; the file names its public source. */
  private static final String COMMON_PASSWORDS = "/auth/common-passwords.txt";
  /** Decoration around a password's core: anything but letters at either end. */
  private static final Pattern CORE = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

  private final int iterations;
  private final Set<String> common;

  Passwords(AuthConfig config) {
    this.iterations = config.passwordIterations();
    this.common = commonPasswords();
  }

  public String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return ALGORITHM + "$" + iterations + "$" + b64(salt) + "$" + b64(derive(password, salt, iterations));
  }

  public boolean matches(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      derive(password, new byte[16], iterations); // same work as a real check: no timing oracle
      return false;
    }
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of a check on a password that matches nothing (unknown accounts). */
  public void burn(String password) {
    derive(password == null ? "" : password, new byte[16], iterations);
  }

  /**
   * The policy: 10 to 128 characters with at least three of lower case, upper case, digits and
   * symbols, not containing the username, and not one of the most common passwords.
   */
  public void checkPolicy(String field, String password, String username) {
    int classes = 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    boolean ok = password.length() >= 10 && password.length() <= 128 && classes >= 3
        && (username == null || !password.toLowerCase().contains(username.toLowerCase()));
    if (!ok) {
      throw new ProblemException(ProblemType.VALIDATION,
          List.of(new Problem.Violation(field, "password.policy")), "problem.validation.detail");
    }
    if (isCommon(password)) {
      throw new ProblemException(ProblemType.VALIDATION,
          List.of(new Problem.Violation(field, "password.common")), "problem.validation.detail");
    }
  }

  /**
   * Whether a password is a common one, or a common one dressed up with case, digits or symbols
   * before or after it ({@code Password123!}, {@code 2024#Qwertyuiop}): guessers try those first.
   */
  boolean isCommon(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    String core = CORE.matcher(lower).replaceAll("");
    return common.contains(lower) || (core.length() >= 4 && common.contains(core));
  }

  private static Set<String> commonPasswords() {
    try (InputStream in = Passwords.class.getResourceAsStream(COMMON_PASSWORDS)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.strip().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A random password that satisfies the policy, for first starts and resets. */
  public String generate() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return password.insert(4, '-').insert(9, '#').append('7').toString();
  }

  private static byte[] derive(String password, byte[] salt, int rounds) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
