package org.fumin.township;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.Session;
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
  @Inject InstantSource clock;

  /** The columns of {@link TownshipView}, in the order of its constructor. */
  private static final String VIEW = "t.id, t.code, t.name, d.id, d.name, t.version, t.createdAt, t.updatedAt";

  /** Names sort by code point (see V025): cheap to compare and the same on every server locale. */
  private static final Map<String, String> SORTS = Map.of(
      "code", "t.code", "name", "collate(t.name as ucs_basic)", "district", "d.code, t.code", "createdAt", "t.createdAt");

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TownshipView> list(TownshipFilter filter, PageRequest paging) {
    return where(filter).project(TownshipView.class, VIEW, "from Township t join t.district d", "from Township t join t.district d",
        paging.orderBy(SORTS, "code", "t.id"), paging);
  }

  /**
   * Every township of the list under {@code filter} (the caller's scope applies as in {@link #list}),
   * by code, handed on {@code size} rows at a time: keyset pages, no offset, no count, so an export of
   * any length reads each row once and holds one page.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void forEachPage(TownshipFilter filter, int size, Consumer<List<TownshipView>> sink) {
    where(filter).keyset(TownshipView.class, VIEW, "from Township t join t.district d", List.of("t.code"),
        t -> List.of(t.code()), size, sink);
  }

  private Where where(TownshipFilter filter) {
    Where where = new Where()
        .equal("t.district.id", "districtId", filter.districtId())
        .equal("t.code", "code", filter.code())
        .equal("d.code", "districtCode", filter.districtCode())
        .atLeast("t.updatedAt", "updatedSince", filter.updatedSince())
        .contains(filter.q(), "lower(t.name) like :q or t.code like :q")
        .equal("t.id", "scopeTownship", caller.townshipScope());
    if (caller.townshipScope() == null) {
      where.equal("t.district.id", "scopeDistrict", caller.districtScope());
    }
    return where;
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

  /** The township with this administrative code, as other systems know it; 404 when none is visible. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TownshipView getByCode(String code) {
    TownshipView township = em.createQuery("select " + VIEW + " from Township t join t.district d where t.code = :code", TownshipView.class)
        .setParameter("code", code)
        .getResultList().stream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.township", code));
    if (!caller.mayUseTownship(township.id(), township.districtId())) {
      throw ProblemException.notFound("entity.township", code);
    }
    return township;
  }

  /** The id of the township with this code, or null; for creates that name a township by its code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Long idOfCode(String code) {
    return em.createQuery("select t.id from Township t where t.code = :code", Long.class)
        .setParameter("code", code).getResultList().stream().findFirst().orElse(null);
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

  /** A township as an import compares it. */
  public record TownshipRef(long id, String code, String name, long districtId) {}

  /** A township an import creates or changes (matched by code). */
  public record TownshipRow(Long id, String code, String name, long districtId, String districtName) {}

  /**
   * The townships with these codes and every township of these districts (for the name-per-district
   * rule), in one statement: PostgreSQL's {@code = any(array)} takes 100,000 codes as one parameter.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TownshipRef> byCodesOrDistricts(Collection<String> codes, Collection<Long> districtIds) {
    return em.unwrap(Session.class).doReturningWork(connection -> {
      List<TownshipRef> found = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "select id, code, name, district_id from township where code = any(?) or district_id = any(?)")) {
        select.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
        select.setArray(2, connection.createArrayOf("bigint", districtIds.toArray()));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            found.add(new TownshipRef(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
          }
        }
      }
      return found;
    });
  }

  /**
   * Creates and changes townships an import has validated (codes unique, names unique per district,
   * districts in the caller's scope), 10,000 rows a statement: {@code insert ... select from unnest}
   * and {@code update ... from unnest} write a batch in one round trip, close to {@code COPY}.
   * Each object is audited as a single create or update would be.
   */
  public void writeImported(List<TownshipRow> creates, List<TownshipRow> updates, Map<Long, TownshipRef> before,
      java.util.function.IntConsumer progress) {
    Session session = em.unwrap(Session.class);
    session.flush();
    java.time.OffsetDateTime now = java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    List<AuditService.Change> created = new ArrayList<>(creates.size());
    int[] done = {0};
    for (int from = 0; from < creates.size(); from += BATCH) {
      List<TownshipRow> chunk = creates.subList(from, Math.min(creates.size(), from + BATCH));
      session.doWork(connection -> {
        try (PreparedStatement insert = connection.prepareStatement("""
            insert into township (code, name, district_id, version, created_at, updated_at)
            select t.code, t.name, t.district_id, 0, ?, ? from unnest(?::varchar[], ?::varchar[], ?::bigint[]) as t(code, name, district_id)
            returning id, code""")) {
          insert.setObject(1, now);
          insert.setObject(2, now);
          insert.setArray(3, connection.createArrayOf("varchar", chunk.stream().map(TownshipRow::code).toArray()));
          insert.setArray(4, connection.createArrayOf("varchar", chunk.stream().map(TownshipRow::name).toArray()));
          insert.setArray(5, connection.createArrayOf("bigint", chunk.stream().map(TownshipRow::districtId).toArray()));
          Map<String, TownshipRow> byCode = new HashMap<>();
          chunk.forEach(t -> byCode.put(t.code(), t));
          try (ResultSet ids = insert.executeQuery()) {
            while (ids.next()) {
              TownshipRow t = byCode.get(ids.getString(2));
              created.add(new AuditService.Change(ids.getLong(1), null,
                  new TownshipView(ids.getLong(1), t.code(), t.name(), t.districtId(), t.districtName(), 0, now.toInstant(), now.toInstant())));
            }
          }
        }
      });
      done[0] += chunk.size();
      progress.accept(done[0]);
    }
    List<AuditService.Change> changed = new ArrayList<>(updates.size());
    for (int from = 0; from < updates.size(); from += BATCH) {
      List<TownshipRow> chunk = updates.subList(from, Math.min(updates.size(), from + BATCH));
      session.doWork(connection -> {
        try (PreparedStatement update = connection.prepareStatement("""
            update township t set name = u.name, district_id = u.district_id, version = t.version + 1, updated_at = ?
              from unnest(?::bigint[], ?::varchar[], ?::bigint[]) as u(id, name, district_id)
             where t.id = u.id
            returning t.id, t.version, t.created_at""")) {
          update.setObject(1, now);
          update.setArray(2, connection.createArrayOf("bigint", chunk.stream().map(TownshipRow::id).toArray()));
          update.setArray(3, connection.createArrayOf("varchar", chunk.stream().map(TownshipRow::name).toArray()));
          update.setArray(4, connection.createArrayOf("bigint", chunk.stream().map(TownshipRow::districtId).toArray()));
          Map<Long, TownshipRow> byId = new HashMap<>();
          chunk.forEach(t -> byId.put(t.id(), t));
          try (ResultSet rows = update.executeQuery()) {
            while (rows.next()) {
              TownshipRow t = byId.get(rows.getLong(1));
              TownshipRef old = before.get(t.id());
              changed.add(new AuditService.Change(t.id(),
                  Map.of("code", old.code(), "name", old.name(), "districtId", old.districtId()),
                  new TownshipView(t.id(), t.code(), t.name(), t.districtId(), t.districtName(), rows.getLong(2),
                      rows.getObject(3, java.time.OffsetDateTime.class).toInstant(), now.toInstant())));
            }
          }
        }
      });
      done[0] += chunk.size();
      progress.accept(done[0]);
    }
    audit.recordAll("TOWNSHIP_CREATED", "TOWNSHIP", created);
    audit.recordAll("TOWNSHIP_UPDATED", "TOWNSHIP", changed);
  }

  private static final int BATCH = 10_000;

  /** How many townships belong to the district, for the district's rules (code lock, removal). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countIn(long districtId) {
    return Township.count("district.id", districtId);
  }

  private void apply(Township township, TownshipInput input) {
    if ((input.districtId() == null) == (input.districtCode() == null)) {
      throw ProblemException.invalidField("districtId", "township.district-id-or-code");
    }
    District district = input.districtId() != null ? District.findById(input.districtId())
        : District.<District>find("code", input.districtCode()).firstResult();
    if (district == null || !caller.mayUseDistrict(district.id)) {
      String field = input.districtId() != null ? "districtId" : "districtCode";
      Object named = input.districtId() != null ? input.districtId() : input.districtCode();
      throw ProblemException.invalidField(field, "township.district-unknown", named);
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
