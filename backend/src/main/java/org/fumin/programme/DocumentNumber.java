package org.fumin.programme;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official document number (文号): the issuer's abbreviation, the year in brackets, the serial
 * number and 号, e.g. {@code 苏人社发〔2023〕12号}. The brackets are written 〔〕 in the standard
 * form; ［］ and [] are common variants and are accepted and normalised to 〔〕. The year must be
 * plausible: not before {@value #FIRST_YEAR} and not after the current year.
 */
public record DocumentNumber(String issuer, int year, int serial) {

  public static final int FIRST_YEAR = 1949;
  private static final Pattern FORM = Pattern.compile(
      "^(\\p{IsHan}[\\p{IsHan}A-Za-z0-9]{0,29})(?:〔(\\d{4})〕|［(\\d{4})］|\\[(\\d{4})\\])(?:第)?([1-9]\\d{0,5})号$");

  /** The number in its standard form, with 〔〕 brackets. */
  @Override
  public String toString() {
    return issuer + "〔" + year + "〕" + serial + "号";
  }

  /** The parsed number when the text is one (spaces around it ignored), with a year not after {@code currentYear}. */
  public static Optional<DocumentNumber> parse(String text, int currentYear) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String yearText = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    int year = Integer.parseInt(yearText);
    if (year < FIRST_YEAR || year > currentYear) {
      return Optional.empty();
    }
    return Optional.of(new DocumentNumber(m.group(1), year, Integer.parseInt(m.group(5))));
  }
}
