package org.fumin.township;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.fumin.district.District;
import org.fumin.township.TownshipApi.TownshipFilter;
import org.fumin.township.TownshipApi.TownshipInput;
import org.fumin.township.TownshipApi.TownshipView;

/** Keeps the townships: unique codes, names unique within a district, codes under the district's code. */
@ApplicationScoped
@Transactional
public class TownshipService {

  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject EntityManager em;

  /** The columns of {@link TownshipView}, in the order of its constructor. */
  private static final String VIEW = "t.id, t.code, t.name, d.id, d.name, t.version, t.createdAt, t.updatedAt";

  /** Names sort by code point (see V025): cheap to compare and the same on every server locale. */
  private static final Map<String, String> SORTS = Map.of(
      "code", "t.code", "name", "collate(t.name as ucs_basic)", "district", "d.code, t.code", "createdAt", "t.createdAt");

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TownshipView> list(TownshipFilter filter, PageRequest paging) {
    Where where = new Where()
        .equal("t.district.id", "districtId", filter.districtId())
        .contains(filter.q(), "lower(t.name) like :q or t.code like :q")
        .equal("t.id", "scopeTownship", caller.townshipScope());
    if (caller.townshipScope() == null) {
      where.equal("t.district.id", "scopeDistrict", caller.districtScope());
    }
    return where.project(TownshipView.class, VIEW, "from Township t join t.district d", "from Township t",
        paging.orderBy(SORTS, "code", "t.id"), paging);
  }

  /** One read, one query: the view's columns straight into the record, no entities loaded. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TownshipView get(long id) {
    TownshipView township = em.createQuery("select " + VIEW + " from Township t join t.district d where t.id = :id", TownshipView.class)
        .setParameter("id", id)
        .getResultList().stream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.township", id));
    if (!caller.mayUseTownship(township.id(), township.districtId())) {
      throw ProblemException.notFound("entity.township", id);
    }
    return township;
  }

  public TownshipView create(TownshipInput input) {
    Township township = new Township();
    apply(township, input);
    township.persistAndFlush();
    TownshipView created = TownshipView.from(township);
    audit.record("TOWNSHIP_CREATED", "TOWNSHIP", township.id, null, created);
    return created;
  }

  public TownshipView update(long id, String ifMatch, TownshipInput input) {
    Township township = find(id);
    ETags.requireMatch(ifMatch, township.version);
    TownshipView before = TownshipView.from(township);
    apply(township, input);
    township.flush();
    TownshipView after = TownshipView.from(township);
    audit.record("TOWNSHIP_UPDATED", "TOWNSHIP", township.id, before, after);
    return after;
  }

  public void delete(long id, String ifMatch) {
    Township township = find(id);
    ETags.checkMatch(ifMatch, township.version);
    audit.record("TOWNSHIP_DELETED", "TOWNSHIP", township.id, TownshipView.from(township), null);
    township.delete();
    township.flush();
  }

  /**
   * The township with this id and its district, for other features; 404 when there is none or it
   * lies outside the caller's scope.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Township find(long id) {
    Township township = Township.<Township>find("from Township t join fetch t.district where t.id = ?1", id)
        .firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound("entity.township", id));
    if (!caller.mayUseTownship(township.id, township.district.id)) {
      throw ProblemException.notFound("entity.township", id);
    }
    return township;
  }

  /** How many townships belong to the district, for the district's rules (code lock, removal). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countIn(long districtId) {
    return Township.count("district.id", districtId);
  }

  private void apply(Township township, TownshipInput input) {
    District district = District.findById(input.districtId());
    if (district == null || !caller.mayUseDistrict(district.id)) {
      throw ProblemException.invalidField("districtId", "township.district-unknown", input.districtId());
    }
    if (!input.code().startsWith(district.code)) {
      throw ProblemException.invalidField("code", "township.code-outside-district", district.code, district.name);
    }
    String name = input.name().strip();
    Long self = township.id == null ? -1L : township.id;
    if (Township.count("code = ?1 and id <> ?2", input.code(), self) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "township.code-taken", input.code());
    }
    if (Township.count("district = ?1 and name = ?2 and id <> ?3", district, name, self) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "township.name-taken", district.name, name);
    }
    township.code = input.code();
    township.name = name;
    township.district = district;
  }
}
