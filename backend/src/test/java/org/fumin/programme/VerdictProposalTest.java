package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fumin.programme.Judging.Check;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.VerdictProposal.Basis;
import org.fumin.programme.VerdictProposal.Decision;
import org.fumin.programme.VerdictProposal.Indicator;
import org.junit.jupiter.api.Test;

class VerdictProposalTest {

  @Test
  void namedOnlyWhenEveryStandardIndicatorIsMet() {
    VerdictProposal p = VerdictProposal.of(List.of(new Indicator("1", "压实乡村振兴工作责任", Outcome.MET, ""),
        new Indicator("15", "精准实施全民参保计划", Outcome.MET, "基本养老保险参保率 96 % ≥ 95 %")));
    assertThat(p.decision()).isEqualTo(Decision.NAMED);
    assertThat(p.complete()).isTrue();
    assertThat(p.reasons()).isEmpty();
  }

  @Test
  void otherwiseNotNamedWithAReasonPerFailingOrPendingIndicator() {
    VerdictProposal p = VerdictProposal.of(List.of(new Indicator("1", "压实乡村振兴工作责任", Outcome.MET, ""),
        new Indicator("7", "设立劳务市场或零工市场", Outcome.NEEDS_SUPPLEMENT, Check.NOT_APPLICABLE, true, "请补充零工市场照片",
            "请补充零工市场照片"),
        new Indicator("15", "精准实施全民参保计划", Outcome.NOT_MET, Check.NOT_MET, true, null, "基本养老保险参保率 93.1 % < 95 %"),
        new Indicator("17", "信息化手段掌握农村劳动力就业情况", null, null)));
    assertThat(p.decision()).isEqualTo(Decision.NOT_NAMED);
    assertThat(p.complete()).isFalse();
    assertThat(p.reasons()).extracting(VerdictProposal.Reason::code).containsExactly("7", "15", "17");
    assertThat(p.reasons().get(1).text()).isEqualTo("基本养老保险参保率 93.1 % < 95 %");
    assertThat(p.reasons().get(2).outcome()).isNull();
    assertThat(p.reasons()).extracting(VerdictProposal.Reason::basis).containsExactly(Basis.ASSESSOR, Basis.FIGURES, Basis.PENDING);
    assertThat(p.reasons().get(0).comment()).isEqualTo("请补充零工市场照片");
  }

  @Test
  void aReasonRestsOnTheMissingAcceptanceBeforeTheFigures() {
    VerdictProposal p = VerdictProposal.of(List.of(
        new Indicator("15", "精准实施全民参保计划", Outcome.NEEDS_SUPPLEMENT, Check.MISSING, false, null, "佐证材料尚未经市级审核通过"),
        new Indicator("16", "强化人社各项公共功能", Outcome.NEEDS_SUPPLEMENT, Check.MISSING, true, null, "服务事项 未填报")));
    assertThat(p.reasons()).extracting(VerdictProposal.Reason::basis)
        .containsExactly(Basis.EVIDENCE_NOT_ACCEPTED, Basis.FIGURES);
  }
}
