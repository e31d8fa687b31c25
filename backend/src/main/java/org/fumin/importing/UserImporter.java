package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fumin.auth.Caller;
import org.fumin.auth.Passwords;
import org.fumin.auth.Role;
import org.fumin.common.problem.ProblemException;
import org.fumin.district.DistrictService;
import org.fumin.district.DistrictService.DistrictRef;
import org.fumin.township.TownshipService;
import org.fumin.township.TownshipService.TownshipRef;
import org.fumin.user.UserApi.UserInput;
import org.fumin.user.UserApi.UserUpdate;
import org.fumin.user.UserService;
import org.fumin.user.UserService.UserRef;

/**
 * Accounts by username, their district and township by code. A district admin imports district
 * admins, township operators and viewers of its own district only. An initial password in the
 * file must meet the password policy and is changed at first sign-in; it never appears in a report.
 */
@ApplicationScoped
class UserImporter implements KindImporter {

  @Inject Caller caller;
  @Inject DistrictService districts;
  @Inject TownshipService townships;
  @Inject UserService users;
  @Inject Passwords passwords;

  private record Candidate(int row, UserInput input, String password) {}

  @Override
  public Counts run(Run run) {
    Findings findings = run.findings();
    Map<String, DistrictRef> districtsByCode = districts.allByCode();
    List<String> townshipCodes = run.rows().stream().map(r -> r.get("townshipCode")).filter(Objects::nonNull).toList();
    Map<String, TownshipRef> townshipsByCode = new HashMap<>();
    townships.byCodesOrDistricts(townshipCodes, List.of()).forEach(t -> townshipsByCode.put(t.code(), t));
    Map<String, Integer> namesInFile = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (SourceRow row : run.rows()) {
      String username = Cells.code(findings, row, "username", Cells.USERNAME, "import.shape.username", true);
      String displayName = Cells.text(findings, row, "displayName", 64, true);
      Role role = role(findings, row);
      Long districtId = null;
      Long townshipId = null;
      String districtCode = row.get("districtCode");
      if (districtCode != null) {
        DistrictRef district = districtsByCode.get(districtCode);
        if (district == null || !caller.mayUseDistrict(district.id())) {
          findings.error(row.row(), "districtCode", "unknown-district", districtCode);
          role = null;
        } else {
          districtId = district.id();
        }
      }
      String townshipCode = row.get("townshipCode");
      if (townshipCode != null) {
        TownshipRef township = townshipsByCode.get(townshipCode);
        if (township == null || !caller.mayUseDistrict(township.districtId())) {
          findings.error(row.row(), "townshipCode", "unknown-township", townshipCode);
          role = null;
        } else {
          townshipId = township.id();
        }
      }
      if (role != null && !scopeFits(findings, row, role, districtId, townshipId)) {
        role = null;
      }
      String password = row.get("initialPassword");
      if (password != null && username != null) {
        try {
          passwords.checkPolicy("initialPassword", password, username);
        } catch (ProblemException e) {
          findings.error(row.row(), "initialPassword", "weak-password");
          password = null;
        }
      }
      if (username != null) {
        Integer first = namesInFile.putIfAbsent(username, row.row());
        if (first != null) {
          findings.error(row.row(), "username", "duplicate-in-file", first);
          continue;
        }
      }
      if (username != null && displayName != null && role != null) {
        candidates.add(new Candidate(row.row(), new UserInput(username, displayName, role, townshipId == null ? districtId : null,
            townshipId), password));
      }
    }
    Map<String, UserRef> existing = users.byUsernames(namesInFile.keySet());
    List<Candidate> creates = new ArrayList<>();
    Map<Long, UserUpdate> updates = new java.util.LinkedHashMap<>();
    int unchanged = 0;
    for (Candidate c : candidates) {
      UserRef old = existing.get(c.input().username());
      if (old == null) {
        creates.add(c);
      } else if (run.mode() == ImportMode.CREATE || !mayManage(old)) {
        findings.error(c.row(), "username", "exists", c.input().username());
      } else if (old.displayName().equals(c.input().displayName()) && old.role() == c.input().role()
          && Objects.equals(old.districtId(), c.input().districtId()) && Objects.equals(old.townshipId(), c.input().townshipId())) {
        unchanged++;
      } else if (old.id() == caller.id() && caller.isUser()) {
        findings.error(c.row(), "username", "self-change");
      } else {
        updates.put(old.id(), new UserUpdate(c.input().displayName(), c.input().role(), c.input().districtId(), c.input().townshipId()));
      }
    }
    if (run.writes()) {
      int done = unchanged;
      for (Candidate c : creates) {
        users.createImported(c.input(), c.password());
        run.progress().accept(++done);
      }
      for (Map.Entry<Long, UserUpdate> update : updates.entrySet()) {
        users.updateImported(update.getKey(), update.getValue());
        run.progress().accept(++done);
      }
    }
    return new Counts(creates.size(), updates.size(), unchanged);
  }

  private Role role(Findings findings, SourceRow row) {
    String value = Cells.required(findings, row, "role");
    if (value == null) {
      return null;
    }
    try {
      return Role.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      findings.error(row.row(), "role", "invalid-value", "CITY_ADMIN, CITY_ASSESSOR, DISTRICT_ADMIN, TOWNSHIP_OPERATOR, VIEWER");
      return null;
    }
  }

  /** The role's scope rule (as for single accounts), and a district admin's limit to its own district. */
  private boolean scopeFits(Findings findings, SourceRow row, Role role, Long districtId, Long townshipId) {
    boolean fits = switch (role) {
      case CITY_ADMIN, CITY_ASSESSOR -> districtId == null && townshipId == null;
      case DISTRICT_ADMIN -> districtId != null && townshipId == null;
      case TOWNSHIP_OPERATOR -> townshipId != null;
      case VIEWER -> townshipId == null;
    };
    if (!fits) {
      findings.error(row.row(), "role", "scope-mismatch", role.name());
      return false;
    }
    if (!caller.seesWholeCity() && districtId == null && townshipId == null) {
      findings.error(row.row(), "role", "outside-scope", role.name());
      return false;
    }
    return true;
  }

  /** A confined caller changes only accounts of its own district. */
  private boolean mayManage(UserRef user) {
    if (caller.seesWholeCity()) {
      return true;
    }
    if (user.districtId() != null) {
      return caller.mayUseDistrict(user.districtId());
    }
    return false; // township operators of the district are matched below by their township's district
  }
}
