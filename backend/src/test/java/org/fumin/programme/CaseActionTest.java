package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fumin.auth.Role;
import org.fumin.cases.CaseState;
import org.junit.jupiter.api.Test;

/** The typical case state table, without the application around it. */
class CaseActionTest {

  @Test
  void theDistrictWritesAndSubmitsDraftsAndReturnedCasesOnly() {
    for (CaseState state : CaseState.values()) {
      boolean open = state == CaseState.DRAFT || state == CaseState.RETURNED;
      assertThat(CaseAction.SAVE.applies(state, Role.DISTRICT_ADMIN)).as("save %s", state).isEqualTo(open);
      assertThat(CaseAction.SUBMIT.applies(state, Role.DISTRICT_ADMIN)).as("submit %s", state).isEqualTo(open);
      assertThat(CaseAction.editable(state)).as("editable %s", state).isEqualTo(open);
    }
  }

  @Test
  void theCityReturnsOrPublishesSubmittedCasesAndWithdrawsPublishedOnes() {
    assertThat(CaseAction.allowed(CaseState.SUBMITTED, Role.CITY_ADMIN)).containsExactly(CaseAction.RETURN, CaseAction.PUBLISH);
    assertThat(CaseAction.allowed(CaseState.PUBLISHED, Role.CITY_ADMIN)).containsExactly(CaseAction.WITHDRAW);
    assertThat(CaseAction.allowed(CaseState.WITHDRAWN, Role.CITY_ADMIN)).containsExactly(CaseAction.PUBLISH);
    assertThat(CaseAction.allowed(CaseState.DRAFT, Role.CITY_ADMIN)).isEmpty();
    assertThat(CaseAction.allowed(CaseState.RETURNED, Role.CITY_ADMIN)).isEmpty();
  }

  @Test
  void eachActionLeadsWhereTheTableSays() {
    assertThat(CaseAction.SAVE.target(CaseState.RETURNED)).isEqualTo(CaseState.RETURNED);
    assertThat(CaseAction.SUBMIT.target(CaseState.RETURNED)).isEqualTo(CaseState.SUBMITTED);
    assertThat(CaseAction.RETURN.target(CaseState.SUBMITTED)).isEqualTo(CaseState.RETURNED);
    assertThat(CaseAction.PUBLISH.target(CaseState.WITHDRAWN)).isEqualTo(CaseState.PUBLISHED);
    assertThat(CaseAction.WITHDRAW.target(CaseState.PUBLISHED)).isEqualTo(CaseState.WITHDRAWN);
  }

  @Test
  void returnsAndWithdrawalsSayWhy() {
    assertThat(List.of(CaseAction.values()).stream().filter(CaseAction::needsReason))
        .containsExactlyInAnyOrder(CaseAction.RETURN, CaseAction.WITHDRAW);
  }

  @Test
  void otherRolesTakeNoActionAndOnlyPublishedCasesArePublic() {
    for (Role role : List.of(Role.CITY_ASSESSOR, Role.TOWNSHIP_OPERATOR, Role.VIEWER)) {
      for (CaseState state : CaseState.values()) {
        assertThat(CaseAction.allowed(state, role)).as("%s %s", role, state).isEmpty();
      }
    }
    assertThat(CaseAction.allowed(CaseState.SUBMITTED, null)).isEmpty();
    for (CaseState state : CaseState.values()) {
      assertThat(CaseAction.isPublic(state)).isEqualTo(state == CaseState.PUBLISHED);
    }
  }
}
