package org.fumin.common.problem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The server's own user-facing texts, in Chinese by default and in English on request. */
public final class Messages {

  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static String get(Locale locale, String key, Object... arguments) {
    return get(locale, key, Arrays.asList(arguments));
  }

  /**
   * The message {@code key} in {@code locale}; arguments that are messages themselves are translated
   * too, and whole numbers (years, counts, codes) are written without digit grouping ("1900", not "1,900").
   */
  public static String get(Locale locale, String key, List<?> arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle("messages", supported(locale), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return new MessageFormat(pattern, locale).format(arguments.stream()
        .map(a -> a instanceof ProblemException.Message m ? get(locale, m.key())
            : a instanceof Integer || a instanceof Long || a instanceof Short ? a.toString() : a)
        .toArray());
  }

  /** The supported language an {@code Accept-Language} header prefers (Chinese unless English comes first). */
  public static Locale forAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .map(r -> r.getRange().toLowerCase(Locale.ROOT))
          .filter(r -> r.startsWith("en") || r.startsWith("zh"))
          .findFirst()
          .map(r -> r.startsWith("en") ? Locale.ENGLISH : DEFAULT)
          .orElse(DEFAULT);
    } catch (IllegalArgumentException e) {
      return DEFAULT;
    }
  }

  /** English when the caller asked for it, otherwise Chinese. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : DEFAULT;
  }
}
