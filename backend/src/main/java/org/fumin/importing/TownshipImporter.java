package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fumin.auth.Caller;
import org.fumin.district.DistrictService;
import org.fumin.district.DistrictService.DistrictRef;
import org.fumin.township.TownshipService;
import org.fumin.township.TownshipService.TownshipRef;
import org.fumin.township.TownshipService.TownshipRow;

/**
 * Townships by code: the district named by its code (within the caller's district for district
 * admins and district keys), the code under the district's code, names unique per district. All
 * rows are checked against the database in one query and written in batches.
 */
@ApplicationScoped
class TownshipImporter implements KindImporter {

  @Inject Caller caller;
  @Inject DistrictService districts;
  @Inject TownshipService townships;

  private record Candidate(int row, String code, String name, DistrictRef district) {}

  @Override
  public Counts run(Run run) {
    Findings findings = run.findings();
    Map<String, DistrictRef> districtsByCode = districts.allByCode();
    List<Candidate> candidates = new ArrayList<>(run.rows().size());
    Map<String, Integer> codeRows = new HashMap<>();
    for (SourceRow row : run.rows()) {
      String code = Cells.code(findings, row, "code", Cells.TOWNSHIP_CODE, "import.shape.township-code", true);
      String name = Cells.text(findings, row, "name", 64, true);
      String districtCode = Cells.required(findings, row, "districtCode");
      DistrictRef district = districtCode == null ? null : districtsByCode.get(districtCode);
      if (districtCode != null && (district == null || !caller.mayUseDistrict(district.id()))) {
        findings.error(row.row(), "districtCode", "unknown-district", districtCode);
        district = null;
      }
      if (code != null && district != null && !code.startsWith(district.code())) {
        findings.error(row.row(), "code", "code-outside-district", district.code());
        code = null;
      }
      if (code != null) {
        Integer first = codeRows.putIfAbsent(code, row.row());
        if (first != null) {
          findings.error(row.row(), "code", "duplicate-in-file", first);
          code = null;
        }
      }
      if (code != null && name != null && district != null) {
        candidates.add(new Candidate(row.row(), code, name, district));
      }
    }
    Set<Long> districtIds = new HashSet<>();
    candidates.forEach(c -> districtIds.add(c.district().id()));
    Map<String, TownshipRef> existing = new HashMap<>();
    Map<String, String> nameHolders = new HashMap<>(); // "districtId/name" -> code holding it
    for (TownshipRef t : townships.byCodesOrDistricts(codeRows.keySet(), districtIds)) {
      existing.put(t.code(), t);
      nameHolders.put(t.districtId() + "/" + t.name(), t.code());
    }
    List<TownshipRow> creates = new ArrayList<>();
    List<TownshipRow> updates = new ArrayList<>();
    Map<Long, TownshipRef> before = new HashMap<>();
    Map<String, Integer> namesInFile = new HashMap<>();
    int unchanged = 0;
    for (Candidate c : candidates) {
      TownshipRef old = existing.get(c.code());
      String nameKey = c.district().id() + "/" + c.name();
      Integer firstWithName = namesInFile.putIfAbsent(nameKey, c.row());
      if (firstWithName != null) {
        findings.error(c.row(), "name", "duplicate-in-file", firstWithName);
        continue;
      }
      String holder = nameHolders.get(nameKey);
      if (holder != null && !holder.equals(c.code())) {
        findings.error(c.row(), "name", "name-taken", c.district().name(), c.name());
        continue;
      }
      if (old == null) {
        creates.add(new TownshipRow(null, c.code(), c.name(), c.district().id(), c.district().name()));
      } else if (run.mode() == ImportMode.CREATE || !caller.mayUseDistrict(old.districtId())) {
        findings.error(c.row(), "code", "exists", c.code());
      } else if (old.name().equals(c.name()) && old.districtId() == c.district().id()) {
        unchanged++;
      } else {
        updates.add(new TownshipRow(old.id(), c.code(), c.name(), c.district().id(), c.district().name()));
        before.put(old.id(), old);
      }
    }
    if (run.writes()) {
      int kept = unchanged;
      townships.writeImported(creates, updates, before, done -> run.progress().accept(kept + done));
    }
    return new Counts(creates.size(), updates.size(), unchanged);
  }
}
