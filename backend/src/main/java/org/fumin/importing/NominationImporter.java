package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.nomination.NominationService;
import org.fumin.round.RoundApi.RoundDistrict;
import org.fumin.round.RoundService;
import org.fumin.round.RoundService.RoundRef;
import org.fumin.round.RoundState;
import org.fumin.township.TownshipService;
import org.fumin.township.TownshipService.TownshipRef;

/**
 * Nominations by round year and township code, each made through the nomination service with its
 * rules (open round, deadline, quota, one per township and round). The quota is checked up front
 * so that a dry run reports it; anything the service still refuses is reported on its row.
 */
@ApplicationScoped
class NominationImporter implements KindImporter {

  @Inject Caller caller;
  @Inject RoundService rounds;
  @Inject TownshipService townships;
  @Inject NominationService nominations;

  private record Candidate(int row, long roundId, TownshipRef township) {}

  @Override
  public Counts run(Run run) {
    Findings findings = run.findings();
    List<String> codes = run.rows().stream().map(r -> r.get("townshipCode")).filter(Objects::nonNull).toList();
    Map<String, TownshipRef> byCode = new HashMap<>();
    townships.byCodesOrDistricts(codes, List.of()).forEach(t -> byCode.put(t.code(), t));
    Map<Integer, RoundRef> roundsByYear = new HashMap<>();
    Map<Long, Set<Long>> nominated = new HashMap<>();
    Map<Long, Map<Long, int[]>> places = new HashMap<>(); // round -> district -> {quota, used}
    Map<String, Integer> inFile = new HashMap<>();
    List<Candidate> creates = new ArrayList<>();
    int unchanged = 0;
    for (SourceRow row : run.rows()) {
      RoundRef round = round(findings, row, roundsByYear);
      String code = Cells.code(findings, row, "townshipCode", Cells.TOWNSHIP_CODE, "import.shape.township-code", true);
      TownshipRef township = code == null ? null : byCode.get(code);
      if (code != null && (township == null || !caller.mayUseDistrict(township.districtId()))) {
        findings.error(row.row(), "townshipCode", "unknown-township", code);
        continue;
      }
      if (round == null || township == null) {
        continue;
      }
      Integer first = inFile.putIfAbsent(round.id() + "/" + code, row.row());
      if (first != null) {
        findings.error(row.row(), "townshipCode", "duplicate-in-file", first);
        continue;
      }
      if (nominated.computeIfAbsent(round.id(), nominations::nominatedTownships).contains(township.id())) {
        if (run.mode() == ImportMode.CREATE) {
          findings.error(row.row(), "townshipCode", "exists", code);
        } else {
          unchanged++;
        }
        continue;
      }
      int[] place = places.computeIfAbsent(round.id(), this::placesOf).get(township.districtId());
      if (place != null && place[1] >= place[0]) {
        findings.error(row.row(), "townshipCode", "quota-exhausted", place[0]);
        continue;
      }
      if (place != null) {
        place[1]++;
      }
      creates.add(new Candidate(row.row(), round.id(), township));
    }
    if (run.writes()) {
      int done = unchanged;
      for (Candidate c : creates) {
        try {
          nominations.create(c.roundId(), c.township().id());
        } catch (ProblemException e) {
          findings.refused(c.row(), "townshipCode", e);
        }
        run.progress().accept(++done);
      }
    }
    return new Counts(creates.size(), 0, unchanged);
  }

  private RoundRef round(Findings findings, SourceRow row, Map<Integer, RoundRef> cache) {
    String value = Cells.required(findings, row, "roundYear");
    if (value == null) {
      return null;
    }
    int year;
    try {
      year = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
    } catch (NumberFormatException e) {
      findings.error(row.row(), "roundYear", "invalid-format", "import.shape.year");
      return null;
    }
    RoundRef round = cache.computeIfAbsent(year, y -> rounds.ofYear(y).orElse(null));
    if (round == null) {
      findings.error(row.row(), "roundYear", "unknown-round", year);
      return null;
    }
    if (round.state() != RoundState.OPEN) {
      findings.error(row.row(), "roundYear", "round-not-open", year);
      return null;
    }
    return round;
  }

  private Map<Long, int[]> placesOf(long roundId) {
    Map<Long, int[]> byDistrict = new HashMap<>();
    for (RoundDistrict d : rounds.districts(roundId)) {
      byDistrict.put(d.districtId(), new int[] {d.quota(), d.used()});
    }
    return byDistrict;
  }
}
