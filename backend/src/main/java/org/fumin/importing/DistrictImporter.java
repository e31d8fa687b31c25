package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.fumin.district.DistrictApi.DistrictInput;
import org.fumin.district.DistrictKind;
import org.fumin.district.DistrictService;
import org.fumin.district.DistrictService.DistrictRef;

/** Districts by code (a city has tens): checked here, written one by one through the district service. */
@ApplicationScoped
class DistrictImporter implements KindImporter {

  @Inject DistrictService districts;

  @Override
  public Counts run(Run run) {
    Findings findings = run.findings();
    Map<String, DistrictRef> byCode = districts.allByCode();
    Map<String, DistrictRef> byName = new HashMap<>();
    byCode.values().forEach(d -> byName.put(d.name(), d));
    Map<String, Integer> codesInFile = new HashMap<>();
    Map<String, Integer> namesInFile = new HashMap<>();
    Map<Integer, DistrictInput> creates = new java.util.LinkedHashMap<>();
    Map<Long, DistrictInput> updates = new java.util.LinkedHashMap<>();
    int unchanged = 0;
    for (SourceRow row : run.rows()) {
      String code = Cells.code(findings, row, "code", Cells.DISTRICT_CODE, "import.shape.district-code", true);
      String name = Cells.text(findings, row, "name", 64, true);
      DistrictKind kind = kind(findings, row);
      if (code != null) {
        Integer first = codesInFile.putIfAbsent(code, row.row());
        if (first != null) {
          findings.error(row.row(), "code", "duplicate-in-file", first);
          continue;
        }
      }
      if (name != null) {
        Integer first = namesInFile.putIfAbsent(name, row.row());
        if (first != null) {
          findings.error(row.row(), "name", "duplicate-in-file", first);
          continue;
        }
      }
      if (code == null || name == null || kind == null) {
        continue;
      }
      DistrictRef old = byCode.get(code);
      DistrictRef holder = byName.get(name);
      if (holder != null && !holder.code().equals(code)) {
        findings.error(row.row(), "name", "name-taken", name, holder.code());
      } else if (old == null) {
        creates.put(row.row(), new DistrictInput(code, name, kind));
      } else if (run.mode() == ImportMode.CREATE) {
        findings.error(row.row(), "code", "exists", code);
      } else if (old.name().equals(name) && old.kind() == kind) {
        unchanged++;
      } else {
        updates.put(old.id(), new DistrictInput(code, name, kind));
      }
    }
    if (run.writes()) {
      int done = unchanged;
      for (DistrictInput input : creates.values()) {
        districts.create(input);
        run.progress().accept(++done);
      }
      for (Map.Entry<Long, DistrictInput> update : updates.entrySet()) {
        districts.updateImported(update.getKey(), update.getValue());
        run.progress().accept(++done);
      }
    }
    return new Counts(creates.size(), updates.size(), unchanged);
  }

  /** {@code COUNTY_LEVEL} / {@code FUNCTIONAL_ZONE}, or the Chinese 县级 / 功能区. */
  private static DistrictKind kind(Findings findings, SourceRow row) {
    String value = Cells.required(findings, row, "kind");
    if (value == null) {
      return null;
    }
    switch (value.toUpperCase(java.util.Locale.ROOT)) {
      case "COUNTY_LEVEL", "县级", "县级单位", "县（市、区）":
        return DistrictKind.COUNTY_LEVEL;
      case "FUNCTIONAL_ZONE", "功能区":
        return DistrictKind.FUNCTIONAL_ZONE;
      default:
        findings.error(row.row(), "kind", "invalid-value", "COUNTY_LEVEL, FUNCTIONAL_ZONE, 县级, 功能区");
        return null;
    }
  }
}
