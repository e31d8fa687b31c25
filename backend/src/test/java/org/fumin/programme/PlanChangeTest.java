package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fumin.auth.Role;
import org.fumin.nomination.NominationState;
import org.fumin.programme.PlanChange.Kind;
import org.fumin.programme.PlanChange.Review;
import org.fumin.programme.PlanChange.Step;
import org.fumin.programme.PlanChange.Version;
import org.fumin.round.RoundState;
import org.junit.jupiter.api.Test;

/** The plan's change and review rules, without the application around them. */
class PlanChangeTest {

  private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

  private static Version plan(String content, Step... steps) {
    return new Version(content, "张三", "0514-87654321", List.of(steps));
  }

  private static Step step(String deliverable, String status, String note, String... evidence) {
    return new Step(DUE, deliverable, status, note, List.of(evidence));
  }

  @Test
  void reportingProgressOnMilestonesIsNoChangeOfThePlan() {
    Version approved = plan("建设零工市场", step("建成零工市场", "PLANNED", null));
    Version reported = plan("建设零工市场", step("建成零工市场", "DONE", "已投入使用", "4", "B1"));
    assertThat(PlanChange.classify(approved, reported, true)).isEqualTo(Kind.PROGRESS);
    assertThat(PlanChange.classify(approved, approved, true)).isEqualTo(Kind.PROGRESS);
  }

  @Test
  void beforeTheFirstApprovalEveryRevisionIsAChange() {
    Version submitted = plan("建设零工市场", step("建成零工市场", "PLANNED", null));
    assertThat(PlanChange.classify(submitted, plan("建设零工市场", step("建成零工市场", "DONE", "已完成")), false))
        .isEqualTo(Kind.CHANGE);
  }

  @Test
  void contentPeopleAndWhatIsDueWhenAreChanges() {
    Version approved = plan("建设零工市场", step("建成零工市场", "PLANNED", null));
    assertThat(PlanChange.classify(null, approved, false)).isEqualTo(Kind.CHANGE);
    assertThat(PlanChange.classify(approved, plan("建设就业驿站", step("建成零工市场", "PLANNED", null)), true)).isEqualTo(Kind.CHANGE);
    assertThat(PlanChange.classify(approved, new Version("建设零工市场", "李四", "0514-87654321", approved.milestones()), true))
        .isEqualTo(Kind.CHANGE);
    assertThat(PlanChange.classify(approved, plan("建设零工市场", step("建成两个零工市场", "PLANNED", null)), true)).isEqualTo(Kind.CHANGE);
    assertThat(PlanChange.classify(approved, plan("建设零工市场",
        new Step(DUE.plusMonths(1), "建成零工市场", "PLANNED", null, List.of())), true)).isEqualTo(Kind.CHANGE);
    assertThat(PlanChange.classify(approved, plan("建设零工市场", step("建成零工市场", "PLANNED", null),
        step("完成培训", "PLANNED", null)), true)).isEqualTo(Kind.CHANGE);
  }

  @Test
  void theStatusFollowsTheNewestReviewAndWhetherTheApprovedPlanWasChanged() {
    assertThat(PlanChange.status(false, null, true)).isEqualTo(PlanStatus.DRAFT);
    assertThat(PlanChange.status(false, Review.SUBMITTED, true)).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(PlanChange.status(false, Review.RETURNED, true)).isEqualTo(PlanStatus.RETURNED);
    assertThat(PlanChange.status(true, Review.APPROVED, false)).isEqualTo(PlanStatus.APPROVED);
    assertThat(PlanChange.status(true, Review.APPROVED, true)).isEqualTo(PlanStatus.CHANGE_DRAFT);
    assertThat(PlanChange.status(true, Review.SUBMITTED, true)).isEqualTo(PlanStatus.CHANGE_SUBMITTED);
    assertThat(PlanChange.status(true, Review.RETURNED, true)).isEqualTo(PlanStatus.CHANGE_RETURNED);
  }

  @Test
  void whoeverWroteARevisionUnderReviewMayNotApproveIt() {
    assertThat(PlanChange.mayApprove("district-b", List.of("township-a", "district-a"))).isTrue();
    assertThat(PlanChange.mayApprove("district-a", List.of("township-a", "district-a"))).isFalse();
    assertThat(PlanChange.mayApprove(null, List.of())).isFalse();
  }

  @Test
  void aPlanUnderReviewIsReadOnlyAndChangesHaveTheirOwnReview() {
    assertThat(NominationAction.EDIT_PLAN.applies(NominationState.PLAN_SUBMITTED, false, RoundState.OPEN, PlanStatus.SUBMITTED)).isFalse();
    assertThat(NominationAction.EDIT_PLAN.applies(NominationState.NOMINATED, false, RoundState.OPEN, PlanStatus.RETURNED)).isTrue();
    assertThat(NominationAction.EDIT_PLAN.applies(NominationState.IN_PROGRESS, false, RoundState.OPEN, PlanStatus.CHANGE_SUBMITTED)).isFalse();
    assertThat(NominationAction.EDIT_PLAN.applies(NominationState.IN_PROGRESS, false, RoundState.OPEN, PlanStatus.APPROVED)).isTrue();
    for (PlanStatus plan : PlanStatus.values()) {
      assertThat(NominationAction.SUBMIT_PLAN_CHANGE.applies(NominationState.IN_PROGRESS, false, RoundState.OPEN, plan))
          .as(plan.name()).isEqualTo(plan == PlanStatus.CHANGE_DRAFT || plan == PlanStatus.CHANGE_RETURNED);
      assertThat(NominationAction.APPROVE_PLAN_CHANGE.applies(NominationState.IN_PROGRESS, false, RoundState.OPEN, plan))
          .as(plan.name()).isEqualTo(plan == PlanStatus.CHANGE_SUBMITTED);
      assertThat(NominationAction.SUBMIT_FOR_ASSESSMENT.applies(NominationState.IN_PROGRESS, false, RoundState.OPEN, plan))
          .as(plan.name()).isEqualTo(plan != PlanStatus.CHANGE_SUBMITTED && plan != PlanStatus.CHANGE_RETURNED);
    }
    assertThat(NominationAction.APPROVE_PLAN_CHANGE.allows(Role.TOWNSHIP_OPERATOR)).isFalse();
    assertThat(NominationAction.SUBMIT_PLAN_CHANGE.allows(Role.TOWNSHIP_OPERATOR)).isTrue();
    assertThat(NominationAction.APPROVE_PLAN_CHANGE.approvesPlan()).isTrue();
    assertThat(NominationAction.RETURN_PLAN_CHANGE.approvesPlan()).isFalse();
  }
}
