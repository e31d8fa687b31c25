package org.fumin.district;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.fumin.township.TownshipService;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.paging.Where;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.ETags;
import org.fumin.district.DistrictApi.DistrictFilter;
import org.fumin.district.DistrictApi.DistrictInput;
import org.fumin.district.DistrictApi.DistrictView;

/** Keeps the city's districts: unique codes and names, no removal while townships belong to one. */
@ApplicationScoped
@Transactional
public class DistrictService {

  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject EntityManager em;
  @Inject TownshipService townships;

  /**
   * The columns of {@link DistrictView}, in the order of its constructor; the township count is a
   * subquery so that a page is one statement, not one call per district.
   */
  private static final String VIEW = "d.id, d.code, d.name, d.kind, (select count(t) from Township t where t.district = d),"
      + " d.version, d.createdAt, d.updatedAt";

  /** Names sort by code point (see V025): cheap to compare and the same on every server locale. */
  private static final Map<String, String> SORTS = Map.of(
      "code", "d.code", "name", "collate(d.name as ucs_basic)", "kind", "d.kind, d.code", "createdAt", "d.createdAt");

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DistrictView> list(DistrictFilter filter, PageRequest paging) {
    return where(filter).project(DistrictView.class, VIEW, "from District d", "from District d", paging.orderBy(SORTS, "code", "d.id"), paging);
  }

  /**
   * Every district of the list under {@code filter} (the caller's scope applies as in {@link #list}),
   * by code, handed on {@code size} rows at a time: keyset pages, no offset, no count.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void forEachPage(DistrictFilter filter, int size, java.util.function.Consumer<java.util.List<DistrictView>> sink) {
    where(filter).keyset(DistrictView.class, VIEW, "from District d", java.util.List.of("d.code"), d -> java.util.List.of(d.code()), size, sink);
  }

  private Where where(DistrictFilter filter) {
    return new Where()
        .equal("d.kind", "kind", filter.kind())
        .equal("d.code", "code", filter.code())
        .atLeast("d.updatedAt", "updatedSince", filter.updatedSince())
        .contains(filter.q(), "lower(d.name) like :q or d.code like :q")
        .equal("d.id", "scope", caller.seesWholeCity() ? null : caller.districtScope());
  }

  /** One read, one query: the view's columns (and the township count) straight into the record. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DistrictView get(long id) {
    DistrictView district = em.createQuery("select " + VIEW + " from District d where d.id = :id", DistrictView.class)
        .setParameter("id", id)
        .getResultList().stream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.district", id));
    caller.requireDistrict(district.id(), "entity.district", id);
    return district;
  }

  /** The district with this administrative code, as other systems know it; 404 when none is visible. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DistrictView getByCode(String code) {
    DistrictView district = em.createQuery("select " + VIEW + " from District d where d.code = :code", DistrictView.class)
        .setParameter("code", code)
        .getResultList().stream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.district", code));
    caller.requireDistrict(district.id(), "entity.district", code);
    return district;
  }

  /** The id of the district with this code, or null; for creates that name a district by its code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Long idOfCode(String code) {
    return em.createQuery("select d.id from District d where d.code = :code", Long.class)
        .setParameter("code", code).getResultList().stream().findFirst().orElse(null);
  }

  public DistrictView create(DistrictInput input) {
    District district = new District();
    apply(district, input);
    district.persistAndFlush();
    DistrictView created = DistrictView.from(district, 0);
    audit.record("DISTRICT_CREATED", "DISTRICT", district.id, null, created);
    return created;
  }

  public DistrictView update(long id, String ifMatch, DistrictInput input) {
    District district = find(id);
    ETags.requireMatch(ifMatch, district.version);
    long townships = townshipCount(district);
    if (!district.code.equals(input.code()) && townships > 0) {
      throw new ProblemException(ProblemType.CONFLICT, "district.code-locked", townships);
    }
    DistrictView before = DistrictView.from(district, townships);
    apply(district, input);
    district.flush();
    DistrictView after = DistrictView.from(district, townships);
    audit.record("DISTRICT_UPDATED", "DISTRICT", district.id, before, after);
    return after;
  }

  public void delete(long id, String ifMatch) {
    District district = find(id);
    ETags.checkMatch(ifMatch, district.version);
    long townships = townshipCount(district);
    if (townships > 0) {
      throw new ProblemException(ProblemType.STILL_REFERENCED, "district.has-townships", district.name, townships);
    }
    audit.record("DISTRICT_DELETED", "DISTRICT", district.id, DistrictView.from(district, 0), null);
    district.delete();
  }

  /** A district as imports and other features compare it. */
  public record DistrictRef(long id, String code, String name, DistrictKind kind) {}

  /** Every district by code (a city has tens of them), for imports that name districts by code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, DistrictRef> allByCode() {
    Map<String, DistrictRef> byCode = new java.util.HashMap<>();
    em.createQuery("select d.id, d.code, d.name, d.kind from District d", DistrictRef.class).getResultList()
        .forEach(d -> byCode.put(d.code(), d));
    return byCode;
  }

  /** Changes a district found by an import (matched by code): no {@code If-Match}, the import is the intent. */
  public DistrictView updateImported(long id, DistrictInput input) {
    District district = find(id);
    long townships = townshipCount(district);
    DistrictView before = DistrictView.from(district, townships);
    apply(district, input);
    district.flush();
    DistrictView after = DistrictView.from(district, townships);
    audit.record("DISTRICT_UPDATED", "DISTRICT", district.id, before, after);
    return after;
  }

  /** The district with this id, for other features; 404 when there is none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public District find(long id) {
    District district = District.findById(id);
    if (district == null) {
      throw ProblemException.notFound("entity.district", id);
    }
    return district;
  }

  private long townshipCount(District district) {
    return townships.countIn(district.id);
  }

  private void apply(District district, DistrictInput input) {
    String name = input.name().strip();
    Long self = district.id == null ? -1L : district.id;
    if (District.count("code = ?1 and id <> ?2", input.code(), self) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "district.code-taken", input.code());
    }
    if (District.count("name = ?1 and id <> ?2", name, self) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "district.name-taken", name);
    }
    district.code = input.code();
    district.name = name;
    district.kind = input.kind();
  }
}
