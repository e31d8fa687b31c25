package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.fumin.auth.Role;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;
import org.fumin.round.RoundState;
import org.junit.jupiter.api.Test;

/** The nomination state table, without the application around it. */
class NominationActionTest {

  @Test
  void theStatesEachDeadlineConcernsFollowFromTheActionsItCloses() {
    assertThat(NominationAction.statesConcernedBy(Phase.DEPLOYMENT)).containsExactly(NominationState.NOMINATED);
    assertThat(NominationAction.statesConcernedBy(Phase.IMPLEMENTATION))
        .containsExactlyInAnyOrder(NominationState.NOMINATED, NominationState.PLAN_SUBMITTED, NominationState.IN_PROGRESS);
    assertThat(NominationAction.statesConcernedBy(Phase.PROVINCIAL_SELECTION)).containsExactlyInAnyOrder(
        NominationState.PLAN_SUBMITTED, NominationState.IN_PROGRESS, NominationState.SUBMITTED_FOR_ASSESSMENT);
    assertThat(NominationAction.statesConcernedBy(Phase.ASSESSMENT)).isEmpty();
  }

  @Test
  void onlyThePhasesThatCloseSubmissionsHaveDeadlines() {
    assertThat(NominationAction.deadlinePhases())
        .containsExactly(Phase.DEPLOYMENT, Phase.IMPLEMENTATION, Phase.PROVINCIAL_SELECTION);
  }

  @Test
  void aDeadlineConcernsANominationOnlyWhereAnActionItClosesCouldStillBeTaken() {
    assertThat(NominationAction.deadlineConcerns(Phase.DEPLOYMENT, NominationState.NOMINATED, RoundState.OPEN)).isTrue();
    // plan submitted: deploying is done
    assertThat(NominationAction.deadlineConcerns(Phase.DEPLOYMENT, NominationState.PLAN_SUBMITTED, RoundState.OPEN)).isFalse();
    // under assessment nobody submits plans any more, but districts still pick provincial candidates
    assertThat(NominationAction.deadlineConcerns(Phase.DEPLOYMENT, NominationState.NOMINATED, RoundState.ASSESSMENT)).isFalse();
    assertThat(NominationAction.deadlineConcerns(Phase.PROVINCIAL_SELECTION, NominationState.SUBMITTED_FOR_ASSESSMENT,
        RoundState.ASSESSMENT)).isTrue();
    assertThat(NominationAction.deadlineConcerns(Phase.IMPLEMENTATION, NominationState.NAMED, RoundState.ASSESSMENT)).isFalse();
    assertThat(NominationAction.deadlineConcerns(Phase.IMPLEMENTATION, NominationState.IN_PROGRESS, RoundState.CLOSED)).isFalse();
  }

  @Test
  void finalStatesAllowNothing() {
    for (NominationState state : EnumSet.of(NominationState.NAMED, NominationState.NOT_NAMED, NominationState.WITHDRAWN)) {
      for (RoundState round : RoundState.values()) {
        for (NominationAction action : NominationAction.values()) {
          assertThat(action.applies(state, false, round)).as(action + " from " + state + " in " + round).isFalse();
          assertThat(action.applies(state, true, round)).as(action + " from " + state + " in " + round).isFalse();
        }
      }
    }
  }

  @Test
  void theProvincialMarkTogglesAndActionsThatDoNotMoveTheStateKeepIt() {
    assertThat(NominationAction.SELECT_PROVINCIAL.applies(NominationState.IN_PROGRESS, false, RoundState.OPEN)).isTrue();
    assertThat(NominationAction.SELECT_PROVINCIAL.applies(NominationState.IN_PROGRESS, true, RoundState.OPEN)).isFalse();
    assertThat(NominationAction.DESELECT_PROVINCIAL.applies(NominationState.IN_PROGRESS, true, RoundState.OPEN)).isTrue();
    assertThat(NominationAction.SELECT_PROVINCIAL.target(NominationState.IN_PROGRESS)).isEqualTo(NominationState.IN_PROGRESS);
    assertThat(NominationAction.SUBMIT_PLAN.target(NominationState.NOMINATED)).isEqualTo(NominationState.PLAN_SUBMITTED);
    assertThat(NominationAction.RETURN_PLAN.target(NominationState.PLAN_SUBMITTED)).isEqualTo(NominationState.NOMINATED);
  }

  @Test
  void namingFollowsFromAPublishedVerdictAndPlansAreTheTownshipsAndDistricts() {
    assertThat(NominationAction.decidedBy(true)).isEqualTo(NominationState.NAMED);
    assertThat(NominationAction.decidedBy(false)).isEqualTo(NominationState.NOT_NAMED);
    assertThat(NominationAction.decidable(NominationState.SUBMITTED_FOR_ASSESSMENT)).isTrue();
    assertThat(NominationAction.decidable(NominationState.IN_PROGRESS)).isFalse();
    assertThat(NominationAction.SUBMIT_PLAN.allows(Role.TOWNSHIP_OPERATOR)).isTrue();
    assertThat(NominationAction.APPROVE_PLAN.allows(Role.TOWNSHIP_OPERATOR)).isFalse();
    assertThat(NominationAction.WITHDRAW.allows(Role.VIEWER)).isFalse();
  }
}
