package org.fumin.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fumin.assessment.AssessmentApi.IndicatorResult;
import org.fumin.assessment.AssessmentService;
import org.fumin.evidence.EvidenceService;
import org.fumin.evidence.EvidenceService.Definition;
import org.fumin.exporting.ExportService.Table;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationService.Decided;
import org.fumin.programme.Judging.Outcome;
import org.fumin.round.Round;
import org.fumin.round.RoundService;
import org.fumin.verdict.VerdictApi.RevisionView;

/**
 * A round's results as one table: per nomination submitted for assessment (within the caller's
 * scope) each standard indicator's agreed outcome and metric value, the bonus items recognised,
 * the verdict with its document, and the provincial ranking position. Callers who may not see
 * unpublished results get only rows with a published verdict.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultsExport {

  @Inject org.fumin.auth.Caller caller;
  @Inject RoundService rounds;
  @Inject NominationService nominations;
  @Inject EvidenceService evidence;
  @Inject AssessmentService assessment;
  @Inject VerdictService verdicts;
  @Inject RankingService ranking;
  @Inject org.fumin.district.DistrictService districts;

  public Table table(long roundId, Long districtId) {
    Round round = rounds.find(roundId);
    if (districtId != null) {
      caller.requireDistrict(districtId, "entity.district", districtId);
      districts.find(districtId); // an unknown district is 404 like one outside the caller's scope
    }
    boolean city = verdicts.cityReader();
    List<Definition> standard = evidence.definitions(round.frameworkId).stream()
        .filter(d -> d.kind() == IndicatorKind.STANDARD).toList();
    List<String> headers = new ArrayList<>(List.of("乡镇代码/townshipCode", "乡镇名称/townshipName", "所属县区/districtName"));
    for (Definition d : standard) {
      headers.add("指标" + d.code() + "评定/indicator" + d.code() + "Outcome");
      headers.add("指标" + d.code() + "数值/indicator" + d.code() + "Value");
    }
    headers.addAll(List.of("认定加分项/bonusRecognised", "考核结论/verdict", "结论状态/verdictStatus", "命名文号/documentNumber",
        "文号日期/documentDate", "推荐排名/provincialRank"));
    return new Table("results", headers, sink -> {
      List<Decided> rows = nominations.assessed(roundId, districtId);
      Map<Long, List<RevisionView>> revisions = verdicts.visibleRevisions(rows.stream().map(Decided::nominationId).toList());
      Map<Long, List<String>> bonus = assessment.recognisedBonus(rows.stream().map(Decided::nominationId).toList());
      Map<Long, Integer> positions = city ? ranking.positions(roundId) : Map.of();
      List<List<Object>> lines = new ArrayList<>();
      for (Decided d : rows) {
        List<RevisionView> visible = revisions.getOrDefault(d.nominationId(), List.of());
        RevisionView verdict = visible.isEmpty() ? null : visible.get(0);
        if (!city && verdict == null) {
          continue;
        }
        List<Object> line = new ArrayList<>(List.of(d.townshipCode(), d.townshipName(), d.districtName()));
        Map<String, IndicatorResult> results = new java.util.HashMap<>();
        assessment.results(nominations.find(d.nominationId())).forEach(r -> results.put(r.indicatorCode(), r));
        for (Definition def : standard) {
          IndicatorResult r = results.get(def.code());
          Outcome outcome = r == null ? null : r.outcome();
          line.add(outcome == null ? "" : outcome.name());
          line.add(r == null || r.value() == null ? "" : r.value());
        }
        line.add(String.join(" ", bonus.getOrDefault(d.nominationId(), List.of())));
        line.add(verdict == null ? "" : verdict.decision().name());
        line.add(verdict == null ? "" : verdict.status().name());
        line.add(verdict == null || verdict.documentNumber() == null ? "" : verdict.documentNumber());
        line.add(verdict == null || verdict.documentDate() == null ? "" : verdict.documentDate().toString());
        Integer position = positions.get(d.nominationId());
        line.add(position == null ? "" : position);
        lines.add(line);
      }
      sink.accept(lines);
    });
  }
}
