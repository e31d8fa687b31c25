package org.fumin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fumin.auth.Role;
import org.fumin.demo.DemoData.Account;
import org.fumin.demo.DemoData.Nominated;
import org.fumin.nomination.NominationState;
import org.junit.jupiter.api.Test;

/**
 * The demo history keeps the plan workflow's rules: a plan is written by someone of its own
 * township or district, and approved by an administrator of that district who did not write it.
 * (Loading it into an empty database is exercised by {@code RunIT}.)
 */
class DemoDataTest {

  private static final Map<String, Account> ACCOUNTS = DemoData.ACCOUNTS.stream()
      .collect(Collectors.toMap(Account::username, Function.identity()));

  private static String districtOf(String townshipCode) {
    return townshipCode.substring(0, 6); // demo township codes are the district's code and an ordinal
  }

  @Test
  void everyDemoPlanIsWrittenBySomeoneOfItsOwnTownshipOrDistrict() {
    assertThat(DemoData.NOMINATIONS).filteredOn(n -> n.writtenBy() != null).isNotEmpty();
    for (Nominated n : DemoData.NOMINATIONS) {
      if (n.writtenBy() == null) {
        continue;
      }
      Account writer = ACCOUNTS.get(n.writtenBy());
      assertThat(writer).as(n.writtenBy()).isNotNull();
      boolean ownTownship = writer.role() == Role.TOWNSHIP_OPERATOR && n.townshipCode().equals(writer.townshipCode());
      boolean ownDistrict = writer.role() == Role.DISTRICT_ADMIN && districtOf(n.townshipCode()).equals(writer.districtCode());
      assertThat(ownTownship || ownDistrict).as("%s writes the plan of %s", writer.username(), n.townshipCode()).isTrue();
    }
  }

  @Test
  void everyApprovedDemoPlanIsApprovedByAnotherAdministratorOfItsDistrict() {
    assertThat(DemoData.NOMINATIONS).filteredOn(n -> n.approvedBy() != null).isNotEmpty();
    for (Nominated n : DemoData.NOMINATIONS) {
      boolean pastThePlan = n.state() != NominationState.NOMINATED && n.state() != NominationState.PLAN_SUBMITTED
          && n.state() != NominationState.WITHDRAWN;
      assertThat(n.approvedBy() != null).as("%s is approved", n.townshipCode()).isEqualTo(pastThePlan);
      if (n.approvedBy() == null) {
        continue;
      }
      Account approver = ACCOUNTS.get(n.approvedBy());
      assertThat(approver.role()).isEqualTo(Role.DISTRICT_ADMIN);
      assertThat(approver.districtCode()).isEqualTo(districtOf(n.townshipCode()));
      assertThat(approver.username()).isNotEqualTo(n.writtenBy());
    }
  }

  @Test
  void onlyTheAccountsToTryTheAppCanSignIn() {
    assertThat(DemoData.ACCOUNTS).filteredOn(Account::signsIn).extracting(Account::username)
        .containsExactly("demo-city", "demo-assessor", "demo-district", "demo-township", "demo-viewer");
    assertThat(DemoData.ACCOUNTS).filteredOn(Account::signsIn).extracting(Account::role).doesNotHaveDuplicates();
  }
}
