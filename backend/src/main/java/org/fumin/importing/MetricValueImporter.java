package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fumin.auth.Caller;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.problem.ProblemException;
import org.fumin.evidence.EvidenceMetricValues;
import org.fumin.evidence.EvidenceMetricValues.ItemValues;
import org.fumin.evidence.EvidenceMetricValues.Refusal;
import org.fumin.evidence.EvidenceMetricValues.RoundTargets;
import org.fumin.evidence.EvidenceMetricValues.Target;
import org.fumin.evidence.EvidenceService.Definition;
import org.fumin.framework.FrameworkApi.Metric;
import org.fumin.programme.MetricCheck;
import org.fumin.round.RoundApi.RoundView;
import org.fumin.round.RoundService;
import org.fumin.round.RoundService.RoundRef;
import org.fumin.round.RoundState;
import org.fumin.township.TownshipService;
import org.fumin.township.TownshipService.TownshipRef;

/**
 * Evidence metric values by township code, indicator code and metric (its number or name), in the
 * round of the given year or else the one open round. Each value is typed and checked as the
 * township's own save checks it ({@link MetricCheck}); a value goes only where the township could
 * save now, so submitted, approved and accepted evidence is refused on its row. The values of one
 * item become one new draft revision, written through the evidence feature.
 */
@ApplicationScoped
class MetricValueImporter implements KindImporter {

  @Inject Caller caller;
  @Inject RoundService rounds;
  @Inject TownshipService townships;
  @Inject EvidenceMetricValues evidence;

  private record Parsed(int row, RoundView round, TownshipRef township, String indicatorCode, String metric, BigDecimal value) {}

  private record Change(int row, long nominationId, String indicatorCode, int metricId, BigDecimal value) {}

  @Override
  public Counts run(Run run) {
    Findings findings = run.findings();
    List<String> codes = run.rows().stream().map(r -> r.get("townshipCode")).filter(Objects::nonNull).toList();
    Map<String, TownshipRef> byCode = new HashMap<>();
    townships.byCodesOrDistricts(codes, List.of()).forEach(t -> byCode.put(t.code(), t));
    Map<Integer, Optional<RoundView>> roundsByYear = new HashMap<>();
    List<RoundView> open = null;
    List<Parsed> parsed = new ArrayList<>(run.rows().size());
    for (SourceRow row : run.rows()) {
      RoundView round;
      if (row.get("roundYear") == null) {
        if (open == null) {
          open = rounds.list(RoundState.OPEN, new PageRequest(1, 2, null)).items();
        }
        round = open.size() == 1 ? open.get(0) : null;
        if (round == null) {
          findings.error(row.row(), "roundYear", "round-year-required");
        }
      } else {
        round = round(findings, row, roundsByYear);
      }
      String code = Cells.code(findings, row, "townshipCode", Cells.TOWNSHIP_CODE, "import.shape.township-code", true);
      TownshipRef township = code == null ? null : byCode.get(code);
      if (code != null && (township == null || !caller.mayUseDistrict(township.districtId()))) {
        findings.error(row.row(), "townshipCode", "unknown-township", code);
        township = null;
      }
      String indicator = Cells.text(findings, row, "indicatorCode", 16, true);
      String metric = Cells.text(findings, row, "metric", 128, true);
      BigDecimal value = number(findings, row);
      if (round != null && township != null && indicator != null && metric != null && value != null) {
        parsed.add(new Parsed(row.row(), round, township, indicator.toUpperCase(Locale.ROOT), metric, value));
      }
    }
    Map<Long, RoundTargets> targets = new HashMap<>();
    Map<Long, List<Long>> townshipsByRound = new HashMap<>();
    Map<Long, RoundView> roundsById = new HashMap<>();
    for (Parsed p : parsed) {
      townshipsByRound.computeIfAbsent(p.round().id(), k -> new ArrayList<>()).add(p.township().id());
      roundsById.put(p.round().id(), p.round());
    }
    townshipsByRound.forEach((roundId, ids) ->
        targets.put(roundId, evidence.targets(roundId, roundsById.get(roundId).frameworkId(), ids.stream().distinct().toList())));

    Map<String, Integer> firstRow = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Parsed p : parsed) {
      RoundTargets round = targets.get(p.round().id());
      Target target = round.byTownship().get(p.township().id());
      if (target == null) {
        findings.error(p.row(), "townshipCode", "not-nominated", p.township().code(), p.round().year());
        continue;
      }
      Definition definition = round.definitions().stream().filter(d -> d.code().equals(p.indicatorCode())).findFirst().orElse(null);
      if (definition == null) {
        findings.error(p.row(), "indicatorCode", "unknown-indicator", p.indicatorCode());
        continue;
      }
      int metricId = metricId(definition, p.metric());
      if (metricId == 0) {
        findings.error(p.row(), "metric", "unknown-metric", definition.code(), p.metric());
        continue;
      }
      Metric metric = definition.metrics().get(metricId - 1);
      Optional<MetricCheck.Refusal> wrong = MetricCheck.refusal(MetricCheck.kindOf(metric.unit()), p.value());
      if (wrong.isPresent()) {
        findings.error(p.row(), "value", "invalid-metric-value", "msg:evidence.metric." + wrong.get().name());
        continue;
      }
      Integer first = firstRow.putIfAbsent(target.nominationId() + "/" + definition.code() + "/" + metricId, p.row());
      if (first != null) {
        findings.error(p.row(), "metric", "duplicate-in-file", first);
        continue;
      }
      ItemValues item = target.item(definition.code());
      Optional<Refusal> refusal = EvidenceMetricValues.refusal(target, item);
      if (refusal.isPresent()) {
        report(findings, p.row(), EvidenceMetricValues.refused(refusal.get(), definition.code(), item.state(), target.state()));
        continue;
      }
      BigDecimal value = MetricCheck.normalise(p.value());
      BigDecimal old = item.values().get(metricId);
      if (old != null && run.mode() == ImportMode.CREATE) {
        findings.error(p.row(), "metric", "exists", p.township().code() + " " + definition.code() + "/" + metricId);
      } else if (old == null) {
        created++;
        changes.add(new Change(p.row(), target.nominationId(), definition.code(), metricId, value));
      } else if (old.compareTo(value) == 0) {
        unchanged++;
      } else {
        updated++;
        changes.add(new Change(p.row(), target.nominationId(), definition.code(), metricId, value));
      }
    }
    if (run.writes()) {
      write(run, changes, unchanged);
    }
    return new Counts(created, updated, unchanged);
  }

  /** Writes nomination by nomination; the first refusal stops the import (its transaction can no longer commit). */
  private void write(Run run, List<Change> changes, int unchanged) {
    Map<Long, Map<String, Map<Integer, BigDecimal>>> byNomination = new LinkedHashMap<>();
    Map<Long, List<Integer>> rows = new HashMap<>();
    for (Change c : changes) {
      byNomination.computeIfAbsent(c.nominationId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.indicatorCode(), k -> new HashMap<>()).put(c.metricId(), c.value());
      rows.computeIfAbsent(c.nominationId(), k -> new ArrayList<>()).add(c.row());
    }
    int done = unchanged;
    for (Map.Entry<Long, Map<String, Map<Integer, BigDecimal>>> nomination : byNomination.entrySet()) {
      try {
        evidence.write(nomination.getKey(), nomination.getValue());
      } catch (ProblemException e) {
        rows.get(nomination.getKey()).forEach(row -> report(run.findings(), row, e));
        return;
      }
      done += rows.get(nomination.getKey()).size();
      run.progress().accept(done);
    }
  }

  /** A refusal as an error on the row: an import problem with its own code, or any other as the service's message. */
  private static void report(Findings findings, int row, ProblemException problem) {
    String prefix = "import.problem.";
    if (!problem.detailKey().startsWith(prefix)) {
      findings.refused(row, "townshipCode", problem);
      return;
    }
    String code = problem.detailKey().substring(prefix.length());
    findings.error(row, "evidence-locked".equals(code) ? "indicatorCode" : "townshipCode", code, problem);
  }

  /** The metric by its number (1, 2, ... as the framework lists them) or its Chinese or English name; 0 when none matches. */
  private static int metricId(Definition definition, String metric) {
    List<Metric> metrics = definition.metrics();
    if (metric.matches("[0-9]{1,3}(\\.0)?")) {
      int id = Integer.parseInt(metric.endsWith(".0") ? metric.substring(0, metric.length() - 2) : metric);
      return id >= 1 && id <= metrics.size() ? id : 0;
    }
    for (int i = 0; i < metrics.size(); i++) {
      if (metric.equals(metrics.get(i).nameZh()) || metric.equalsIgnoreCase(metrics.get(i).nameEn())) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The value as a decimal number; a trailing {@code %} (as a spreadsheet may show a percentage) is allowed. */
  private static BigDecimal number(Findings findings, SourceRow row) {
    String value = Cells.required(findings, row, "value");
    if (value == null) {
      return null;
    }
    String digits = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
    if (!digits.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)") || digits.length() > 32) {
      findings.error(row.row(), "value", "invalid-format", "import.shape.number");
      return null;
    }
    return new BigDecimal(digits);
  }

  /** The round of the row's year: it must exist and be open (evidence is written while a round runs). */
  private RoundView round(Findings findings, SourceRow row, Map<Integer, Optional<RoundView>> cache) {
    String value = row.get("roundYear");
    int year;
    try {
      year = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
    } catch (NumberFormatException e) {
      findings.error(row.row(), "roundYear", "invalid-format", "import.shape.year");
      return null;
    }
    Optional<RoundView> round = cache.computeIfAbsent(year, y -> rounds.ofYear(y).map(RoundRef::id).map(rounds::get));
    if (round.isEmpty()) {
      findings.error(row.row(), "roundYear", "unknown-round", year);
      return null;
    }
    if (round.get().state() != RoundState.OPEN) {
      findings.error(row.row(), "roundYear", "round-not-open-for-evidence", year);
      return null;
    }
    return round.get();
  }
}
