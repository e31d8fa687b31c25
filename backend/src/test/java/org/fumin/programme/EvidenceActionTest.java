package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.fumin.auth.Role;
import org.fumin.evidence.EvidenceState;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;
import org.fumin.round.RoundState;
import org.junit.jupiter.api.Test;

/** The evidence state table, without the application around it. */
class EvidenceActionTest {

  private static final NominationState RUNNING = NominationState.IN_PROGRESS;
  private static final RoundState OPEN = RoundState.OPEN;

  @Test
  void theTownshipSavesAndSubmitsDraftsAndReturnedItemsOnly() {
    for (EvidenceState state : EvidenceState.values()) {
      boolean open = state == EvidenceState.DRAFT || state == EvidenceState.RETURNED;
      assertThat(EvidenceAction.SAVE.applies(state, 0, Role.TOWNSHIP_OPERATOR, RUNNING, OPEN)).as("save %s", state).isEqualTo(open);
      assertThat(EvidenceAction.SUBMIT.applies(state, 1, Role.TOWNSHIP_OPERATOR, RUNNING, OPEN)).as("submit %s", state).isEqualTo(open);
      assertThat(EvidenceAction.editable(state)).isEqualTo(open);
    }
  }

  @Test
  void nothingIsSubmittedBeforeItWasSaved() {
    assertThat(EvidenceAction.SUBMIT.applies(EvidenceState.DRAFT, 0, Role.TOWNSHIP_OPERATOR, RUNNING, OPEN)).isFalse();
  }

  @Test
  void theDistrictDoesNotWriteEvidenceAndTheTownshipDoesNotReviewIt() {
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.DRAFT, 0, Role.DISTRICT_ADMIN, RUNNING, OPEN)).isFalse();
    assertThat(EvidenceAction.SUBMIT.applies(EvidenceState.DRAFT, 1, Role.DISTRICT_ADMIN, RUNNING, OPEN)).isFalse();
    assertThat(EvidenceAction.APPROVE.applies(EvidenceState.SUBMITTED, 1, Role.TOWNSHIP_OPERATOR, RUNNING, OPEN)).isFalse();
    assertThat(EvidenceAction.APPROVE.applies(EvidenceState.SUBMITTED, 1, Role.CITY_ADMIN, RUNNING, OPEN)).isFalse();
  }

  @Test
  void theDistrictReturnsWhatWasSubmittedAndTheCityWhatTheDistrictApproved() {
    assertThat(EvidenceAction.RETURN.applies(EvidenceState.SUBMITTED, 1, Role.DISTRICT_ADMIN, RUNNING, OPEN)).isTrue();
    assertThat(EvidenceAction.RETURN.applies(EvidenceState.SUBMITTED, 1, Role.CITY_ASSESSOR, RUNNING, OPEN)).isFalse();
    assertThat(EvidenceAction.RETURN.applies(EvidenceState.DISTRICT_APPROVED, 1, Role.CITY_ASSESSOR, RUNNING, OPEN)).isTrue();
    assertThat(EvidenceAction.RETURN.applies(EvidenceState.DISTRICT_APPROVED, 1, Role.DISTRICT_ADMIN, RUNNING, OPEN)).isFalse();
    assertThat(EvidenceAction.RETURN.applies(EvidenceState.ACCEPTED, 1, Role.CITY_ASSESSOR, RUNNING, OPEN)).isFalse();
    assertThat(EvidenceAction.RETURN.target(EvidenceState.SUBMITTED)).isEqualTo(EvidenceState.RETURNED);
  }

  @Test
  void anAcceptedItemIsLocked() {
    for (EvidenceAction action : EvidenceAction.values()) {
      for (Role role : Role.values()) {
        assertThat(action.applies(EvidenceState.ACCEPTED, 3, role, RUNNING, OPEN)).as("%s by %s", action, role).isFalse();
      }
    }
  }

  @Test
  void theTownshipWorksOnlyWhileTheNominationIsInProgressAndTheCityAlsoReviewsDuringAssessment() {
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.DRAFT, 0, Role.TOWNSHIP_OPERATOR, NominationState.PLAN_SUBMITTED, OPEN)).isFalse();
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.DRAFT, 0, Role.TOWNSHIP_OPERATOR,
        NominationState.SUBMITTED_FOR_ASSESSMENT, OPEN)).isFalse();
    assertThat(EvidenceAction.ACCEPT.applies(EvidenceState.DISTRICT_APPROVED, 1, Role.CITY_ASSESSOR,
        NominationState.SUBMITTED_FOR_ASSESSMENT, RoundState.ASSESSMENT)).isTrue();
    assertThat(EvidenceAction.APPROVE.applies(EvidenceState.SUBMITTED, 1, Role.DISTRICT_ADMIN,
        NominationState.SUBMITTED_FOR_ASSESSMENT, OPEN)).isFalse();
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.DRAFT, 0, Role.TOWNSHIP_OPERATOR, RUNNING, RoundState.ASSESSMENT)).isFalse();
  }

  @Test
  void theImplementationPhaseClosesSavingAndSubmittingButNotReviewing() {
    assertThat(EvidenceAction.SAVE.deadline()).isEqualTo(Phase.IMPLEMENTATION);
    assertThat(EvidenceAction.SUBMIT.deadline()).isEqualTo(Phase.IMPLEMENTATION);
    assertThat(EvidenceAction.APPROVE.deadline()).isNull();
    assertThat(EvidenceAction.ACCEPT.deadline()).isNull();
    assertThat(EvidenceAction.RETURN.deadline()).isNull();
  }

  @Test
  void anItemOutForSupplementIsSavedSubmittedAndReviewedAgainWhileTheNominationIsUnderAssessment() {
    NominationState assessed = NominationState.SUBMITTED_FOR_ASSESSMENT;
    RoundState assessment = RoundState.ASSESSMENT;
    // without a supplement nothing of the township's opens once the nomination is submitted for assessment
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.RETURNED, 1, Role.TOWNSHIP_OPERATOR, assessed, assessment, false)).isFalse();
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.RETURNED, 1, Role.TOWNSHIP_OPERATOR, assessed, assessment, true)).isTrue();
    assertThat(EvidenceAction.SUBMIT.applies(EvidenceState.RETURNED, 1, Role.TOWNSHIP_OPERATOR, assessed, assessment, true)).isTrue();
    assertThat(EvidenceAction.APPROVE.applies(EvidenceState.SUBMITTED, 1, Role.DISTRICT_ADMIN, assessed, assessment, true)).isTrue();
    assertThat(EvidenceAction.RETURN.applies(EvidenceState.SUBMITTED, 1, Role.DISTRICT_ADMIN, assessed, assessment, true)).isTrue();
    assertThat(EvidenceAction.ACCEPT.applies(EvidenceState.DISTRICT_APPROVED, 1, Role.CITY_ASSESSOR, assessed, assessment, true)).isTrue();
    // only while the round is under assessment, and only the item that is out for supplement
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.RETURNED, 1, Role.TOWNSHIP_OPERATOR, assessed, RoundState.CLOSED, true)).isFalse();
    assertThat(EvidenceAction.SAVE.applies(EvidenceState.ACCEPTED, 1, Role.TOWNSHIP_OPERATOR, assessed, assessment, true)).isFalse();
    // the supplement's date, not the implementation phase, closes the township's steps
    assertThat(EvidenceAction.SAVE.bySupplement(EvidenceState.RETURNED, Role.TOWNSHIP_OPERATOR, assessed, assessment, true)).isTrue();
    assertThat(EvidenceAction.SAVE.bySupplement(EvidenceState.RETURNED, Role.TOWNSHIP_OPERATOR, RUNNING, OPEN, true)).isFalse();
    assertThat(EvidenceAction.ACCEPT.bySupplement(EvidenceState.DISTRICT_APPROVED, Role.CITY_ASSESSOR, assessed, assessment, true))
        .isFalse();
  }

  @Test
  void noStepTakesTheItemsOfANominationOutOfReview() {
    assertThat(EvidenceAction.OUT_OF_REVIEW).containsExactlyInAnyOrder(NominationState.NAMED, NominationState.NOT_NAMED,
        NominationState.WITHDRAWN);
    for (NominationState nomination : EvidenceAction.OUT_OF_REVIEW) {
      assertThat(EvidenceAction.underReview(nomination)).isFalse();
      for (EvidenceAction action : EvidenceAction.values()) {
        for (EvidenceState state : EvidenceState.values()) {
          for (Role role : Role.values()) {
            for (RoundState round : RoundState.values()) {
              assertThat(action.applies(state, 1, role, nomination, round, true)).as("%s %s %s %s", action, state, role, nomination)
                  .isFalse();
            }
          }
        }
      }
    }
    assertThat(EvidenceAction.underReview(NominationState.SUBMITTED_FOR_ASSESSMENT)).isTrue();
  }
}
