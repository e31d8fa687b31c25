package org.fumin.attachment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range} header (RFC 9110 section 14): {@code bytes=first-last},
 * {@code bytes=first-} or {@code bytes=-suffix}. Several ranges or a malformed header are ignored
 * (the whole content is sent), as the RFC allows.
 */
public record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("^bytes=(\\d{0,18})-(\\d{0,18})$");

  /** The outcome of reading a {@code Range} header against a content of a given size. */
  public sealed interface Outcome permits Whole, Partial, Unsatisfiable {}

  /** No usable range: send everything. */
  public record Whole() implements Outcome {}

  public record Partial(ByteRange range) implements Outcome {}

  /** A syntactically valid range that lies beyond the content: 416. */
  public record Unsatisfiable() implements Outcome {}

  public long length() {
    return last - first + 1;
  }

  /** {@code bytes first-last/size}, the {@code Content-Range} of a 206 answer. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  public static Outcome of(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return new Whole();
    }
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0) {
        return new Unsatisfiable();
      }
      return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = Long.parseLong(m.group(1));
    Optional<Long> last = m.group(2).isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(m.group(2)));
    if (last.isPresent() && last.get() < first) {
      return new Whole(); // invalid: ignored
    }
    if (first >= size) {
      return new Unsatisfiable();
    }
    return new Partial(new ByteRange(first, Math.min(last.orElse(size - 1), size - 1)));
  }
}
