package org.fumin.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.evidence.EvidenceApi.BonusEntry;
import org.fumin.evidence.EvidenceApi.BonusEvidence;
import org.fumin.evidence.EvidenceApi.BonusType;
import org.fumin.evidence.EvidenceApi.EvidenceInput;
import org.fumin.evidence.EvidenceApi.MetricValueInput;
import org.fumin.evidence.EvidenceService.Definition;
import org.fumin.evidence.EvidenceService.StoredMetricValue;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.framework.FrameworkApi.Metric;
import org.fumin.programme.DocumentNumber;
import org.fumin.programme.MetricCheck;

/**
 * Checks what a township saves against the indicator it is for: metric values against the
 * indicator's metric definitions, bonus entries against their type's required fields. Every
 * problem found is reported at once, as a 400 naming the fields.
 */
@ApplicationScoped
public class EvidenceValidation {

  /** The bonus items of the plan and the one kind of entry each takes; other codes take any kind. */
  static final Map<String, BonusType> TYPE_OF_BONUS_ITEM = Map.of(
      "B1", BonusType.COMMENDATION, "B2", BonusType.EXPERIENCE_TALK, "B3", BonusType.HOSTED_EVENT,
      "B4", BonusType.MEDIA_COVERAGE);

  /** What a save stores once checked. */
  public record Checked(List<StoredMetricValue> metricValues, BonusEvidence bonus) {}

  public Checked check(Definition definition, EvidenceInput input, Instant now) {
    List<Problem.Violation> violations = new ArrayList<>();
    List<StoredMetricValue> values = metricValues(definition, input.metricValues(), violations);
    BonusEvidence bonus = bonus(definition, input.bonus(), Shanghai.date(now), violations);
    if (!violations.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail");
    }
    return new Checked(values, bonus);
  }

  private static List<StoredMetricValue> metricValues(Definition definition, List<MetricValueInput> inputs,
      List<Problem.Violation> violations) {
    List<StoredMetricValue> values = new ArrayList<>();
    if (inputs == null) {
      return values;
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      MetricValueInput input = inputs.get(i);
      String field = "metricValues[" + i + "]";
      if (input.metricId() > definition.metrics().size()) {
        violations.add(new Problem.Violation(field + ".metricId", "evidence.metric-unknown"));
        continue;
      }
      if (!seen.add(input.metricId())) {
        violations.add(new Problem.Violation(field + ".metricId", "evidence.metric-duplicate"));
        continue;
      }
      Metric metric = definition.metrics().get(input.metricId() - 1);
      Optional<MetricCheck.Refusal> refusal = MetricCheck.refusal(MetricCheck.kindOf(metric.unit()), input.value());
      if (refusal.isPresent()) {
        violations.add(new Problem.Violation(field + ".value", "evidence.metric." + refusal.get().name()));
        continue;
      }
      values.add(new StoredMetricValue(input.metricId(), MetricCheck.normalise(input.value()).toPlainString()));
    }
    values.sort(java.util.Comparator.comparingInt(StoredMetricValue::metricId));
    return values;
  }

  private static BonusEvidence bonus(Definition definition, BonusEvidence input, LocalDate today,
      List<Problem.Violation> violations) {
    boolean hasEntries = input != null && input.entries() != null && !input.entries().isEmpty();
    if (definition.kind() != IndicatorKind.BONUS) {
      if (hasEntries) {
        violations.add(new Problem.Violation("bonus", "evidence.bonus-not-allowed"));
      }
      return null;
    }
    List<BonusEntry> entries = new ArrayList<>();
    if (!hasEntries) {
      return new BonusEvidence(entries);
    }
    BonusType expected = TYPE_OF_BONUS_ITEM.get(definition.code());
    for (int i = 0; i < input.entries().size(); i++) {
      BonusEntry e = input.entries().get(i);
      String field = "bonus.entries[" + i + "].";
      if (expected != null && e.type() != expected) {
        violations.add(new Problem.Violation(field + "type", "evidence.bonus.type-mismatch"));
        continue;
      }
      List<String> required = switch (e.type()) {
        case COMMENDATION -> List.of("title", "issuingBody", "documentNumber", "level");
        case EXPERIENCE_TALK, HOSTED_EVENT -> List.of("meeting", "organiser", "date");
        case MEDIA_COVERAGE -> List.of("outlet", "date", "link");
      };
      Map<String, Object> given = new java.util.HashMap<>();
      given.put("title", text(e.title()));
      given.put("issuingBody", text(e.issuingBody()));
      given.put("documentNumber", text(e.documentNumber()));
      given.put("level", e.level());
      given.put("meeting", text(e.meeting()));
      given.put("organiser", text(e.organiser()));
      given.put("date", e.date());
      given.put("outlet", text(e.outlet()));
      given.put("link", text(e.link()));
      for (String name : required) {
        if (given.get(name) == null) {
          violations.add(new Problem.Violation(field + name, "evidence.bonus.required"));
        }
      }
      String documentNumber = text(e.documentNumber());
      if (documentNumber != null) {
        Optional<DocumentNumber> parsed = DocumentNumber.parse(documentNumber, today.getYear());
        if (parsed.isEmpty()) {
          violations.add(new Problem.Violation(field + "documentNumber", "evidence.document-number"));
        } else {
          documentNumber = parsed.get().toString();
        }
      }
      if (e.date() != null && e.date().isAfter(today)) {
        violations.add(new Problem.Violation(field + "date", "evidence.date-future"));
      }
      String link = text(e.link());
      if (link != null && !isWebLink(link)) {
        violations.add(new Problem.Violation(field + "link", "evidence.link"));
      }
      entries.add(new BonusEntry(e.type(), text(e.title()), text(e.issuingBody()), documentNumber, e.level(),
          text(e.meeting()), text(e.organiser()), e.date(), text(e.outlet()), link));
    }
    return new BonusEvidence(entries);
  }

  /** {@code http(s)://host[:port]} and the rest; the host may be written in Chinese (例子.中国). */
  private static final java.util.regex.Pattern WEB_LINK =
      java.util.regex.Pattern.compile("(?i)(https?)://([^/?#@]+)([/?#].*)?");

  /**
   * An absolute http or https URL with a host, which may be an internationalised domain name and
   * may have Chinese in its path; anything else (javascript:, data:, relative, or credentials in
   * the address such as {@code https://user:pw@host}) is refused.
   */
  static boolean isWebLink(String link) {
    java.util.regex.Matcher parts = WEB_LINK.matcher(link);
    if (!parts.matches() || link.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return false;
    }
    try {
      String authority = parts.group(2);
      int colon = authority.lastIndexOf(':');
      String host = colon < 0 ? authority : authority.substring(0, colon);
      String ascii = java.net.IDN.toASCII(host, java.net.IDN.USE_STD3_ASCII_RULES);
      String rest = parts.group(3) == null ? "" : parts.group(3);
      URI uri = new URI(parts.group(1) + "://" + ascii + (colon < 0 ? "" : authority.substring(colon)) + rest);
      return uri.getHost() != null && !uri.getHost().isBlank() && uri.getUserInfo() == null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
