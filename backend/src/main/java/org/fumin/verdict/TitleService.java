package org.fumin.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.paging.Where;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationService.Decided;
import org.fumin.notification.NotificationService;
import org.fumin.notification.NotificationService.Subject;
import org.fumin.programme.DocumentNumber;
import org.fumin.programme.VerdictProposal.Decision;
import org.fumin.township.Township;
import org.fumin.township.TownshipService;
import org.fumin.verdict.VerdictApi.HistoryRound;
import org.fumin.verdict.VerdictApi.PublicNamedBase;
import org.fumin.verdict.VerdictApi.PublicResults;
import org.fumin.verdict.VerdictApi.PublicRevokedTitle;
import org.fumin.verdict.VerdictApi.RevisionView;
import org.fumin.verdict.VerdictApi.RevocationInput;
import org.fumin.verdict.VerdictApi.TitleState;
import org.fumin.verdict.VerdictApi.TitleView;
import org.fumin.verdict.VerdictApi.TownshipHistory;

/**
 * Titles of named bases (动态管理): granted when a naming verdict is published, revoked by the
 * city with a reason, a document and a date (the row stays), the township's history across rounds,
 * and the public results (公示) built from published data only.
 */
@ApplicationScoped
@Transactional
public class TitleService {

  /** A title with the names it is shown with. */
  public record TitleRow(Long id, Long townshipId, String townshipCode, String townshipName, Long districtId,
      String districtCode, String districtName, Long roundId, Integer roundYear, Long nominationId, String documentNumber,
      LocalDate namedOn, LocalDate revokedOn, String revocationReason, String revocationDocumentNumber, String revokedBy) {

    TitleView view() {
      return new TitleView(id, townshipId, townshipCode, townshipName, districtId, districtName, roundId, roundYear,
          nominationId, documentNumber, namedOn, revokedOn == null ? TitleState.ACTIVE : TitleState.REVOKED, revokedOn,
          revocationReason, revocationDocumentNumber, revokedBy);
    }
  }

  private static final String SELECT = """
      ti.id, t.id, t.code, t.name, d.id, d.code, d.name, r.id, r.year, ti.nominationId, ti.documentNumber, ti.namedOn,
      ti.revokedOn, ti.revocationReason, ti.revocationDocumentNumber, ti.revokedBy""";
  private static final String FROM = """
      from Title ti join Township t on t.id = ti.townshipId join t.district d join Round r on r.id = ti.roundId""";

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject NominationService nominations;
  @Inject TownshipService townships;
  @Inject NotificationService notifications;
  @Inject VerdictService verdicts;
  @Inject InstantSource clock;

  // ---- reads -------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TitleView> list(Long districtId, Long townshipId, Integer year, TitleState state, PageRequest paging) {
    Where where = scoped(new Where())
        .equal("ti.districtId", "districtId", districtId)
        .equal("ti.townshipId", "townshipId", townshipId)
        .equal("r.year", "year", year)
        .when(state == TitleState.ACTIVE, "ti.revokedOn is null")
        .when(state == TitleState.REVOKED, "ti.revokedOn is not null");
    return where.project(TitleRow.class, SELECT, FROM, FROM, " order by ti.namedOn desc, ti.id desc", paging).map(TitleRow::view);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public TownshipHistory history(long townshipId) {
    Township township = townships.find(townshipId);
    if (!caller.mayUseTownship(township.id, township.district.id)) {
      throw ProblemException.notFound("entity.township", townshipId);
    }
    List<Decided> rounds = nominations.ofTownship(township.id);
    Map<Long, List<RevisionView>> revisions = verdicts.visibleRevisions(rounds.stream().map(Decided::nominationId).toList());
    List<HistoryRound> history = rounds.stream().map(d -> new HistoryRound(d.roundId(), d.roundYear(), d.nominationId(), d.state(),
        d.provincialCandidate(), revisions.getOrDefault(d.nominationId(), List.of()))).toList();
    List<TitleView> titles = rows(new Where().equal("ti.townshipId", "townshipId", township.id), " order by ti.namedOn, ti.id")
        .stream().map(TitleRow::view).toList();
    return new TownshipHistory(township.id, township.code, township.name, township.district.id, township.district.name,
        history, titles);
  }

  /**
   * The year's public results: titles granted in that year's round and still held (a title revoked
   * or corrected away is listed under revoked only, in the year of its revocation), and titles
   * revoked in that year.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PublicResults publicResults(int year) {
    List<PublicNamedBase> named = rows(new Where().equal("r.year", "year", year).when(true, "ti.revokedOn is null"),
            " order by d.code, t.code").stream()
        .map(r -> new PublicNamedBase(r.townshipCode(), r.townshipName(), r.districtCode(), r.districtName(), r.documentNumber(),
            r.namedOn()))
        .toList();
    List<PublicRevokedTitle> revoked = rows(new Where().when(true, "ti.revokedOn is not null")
            .atLeast("ti.revokedOn", "from", LocalDate.of(year, 1, 1))
            .when(true, "ti.revokedOn < :until"), " order by ti.revokedOn, t.code", LocalDate.of(year + 1, 1, 1)).stream()
        .map(r -> new PublicRevokedTitle(r.townshipCode(), r.townshipName(), r.districtCode(), r.districtName(),
            r.documentNumber(), r.namedOn(), r.revokedOn(), r.revocationDocumentNumber(), r.revocationReason()))
        .toList();
    return new PublicResults(year, named, revoked);
  }

  // ---- changes -----------------------------------------------------------------------------

  /** Grants the title a published naming verdict gives. */
  void grant(Decided place, Verdict verdict) {
    Title title = new Title();
    title.townshipId = place.townshipId();
    title.districtId = place.districtId();
    title.roundId = place.roundId();
    title.nominationId = place.nominationId();
    title.verdictId = verdict.id;
    title.documentNumber = verdict.documentNumber;
    title.namedOn = verdict.documentDate;
    title.persistAndFlush();
    audit.record("TITLE_GRANTED", "TITLE", title.id, null, view(title.id));
  }

  /** The naming date of the nomination's title while it is held (null: none held). */
  LocalDate activeNamedOn(long nominationId) {
    Title active = Title.<Title>find("nominationId = ?1 and revokedOn is null", nominationId).firstResult();
    return active == null ? null : active.namedOn;
  }

  /**
   * After a correction: a NAMED revision keeps (or grants) the nomination's title under the new
   * document; a NOT_NAMED one revokes the title it had, with the correction's reason and document.
   */
  void follow(Decided place, Verdict verdict) {
    Title active = Title.<Title>find("nominationId = ?1 and revokedOn is null", place.nominationId())
        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    if (verdict.decision == Decision.NAMED) {
      if (active == null) {
        grant(place, verdict);
      } else {
        TitleView before = view(active.id);
        active.verdictId = verdict.id;
        active.documentNumber = verdict.documentNumber;
        active.namedOn = verdict.documentDate;
        em.flush();
        audit.record("TITLE_CORRECTED", "TITLE", active.id, before, view(active.id));
      }
    } else if (active != null) {
      TitleView before = view(active.id);
      active.revokedOn = verdict.documentDate;
      active.revocationReason = verdict.correctionReason;
      active.revocationDocumentNumber = verdict.documentNumber;
      active.revokedBy = caller.name();
      em.flush();
      audit.record("TITLE_REVOKED", "TITLE", active.id, before, view(active.id));
    }
  }

  /** Revokes a title after a re-check: reason, document and date; the title stays in history. */
  public TitleView revoke(long titleId, RevocationInput input) {
    Title title = Title.<Title>findByIdOptional(titleId, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> ProblemException.notFound("entity.title", titleId));
    if (title.revokedOn != null) {
      throw new ProblemException(ProblemType.CONFLICT, "title.already-revoked");
    }
    LocalDate today = Shanghai.today(clock);
    String document = DocumentNumber.parse(input.documentNumber(), today.getYear()).map(DocumentNumber::toString)
        .orElseThrow(() -> ProblemException.invalidField("documentNumber", "verdict.document-number-invalid"));
    if (input.revokedOn().isBefore(title.namedOn) || input.revokedOn().isAfter(today)) {
      throw ProblemException.invalidField("revokedOn", "title.revoked-on-range", title.namedOn.toString(), today.toString());
    }
    TitleView before = view(title.id);
    title.revokedOn = input.revokedOn();
    title.revocationReason = input.reason().strip();
    title.revocationDocumentNumber = document;
    title.revokedBy = caller.name();
    em.flush();
    TitleView after = view(title.id);
    audit.record("TITLE_REVOKED", "TITLE", title.id, before, after);
    Decided place = nominations.byIds(List.of(title.nominationId)).get(title.nominationId);
    notifications.nominationChanged(new Subject(place.nominationId(), place.roundId(), place.townshipId(), place.districtId(),
        place.townshipName(), place.state()), title.revocationReason);
    return after;
  }

  private TitleView view(long id) {
    return rows(new Where().equal("ti.id", "id", id), "").get(0).view();
  }

  private Where scoped(Where where) {
    where.equal("ti.townshipId", "scopeTownship", caller.townshipScope());
    if (caller.townshipScope() == null) {
      where.equal("ti.districtId", "scopeDistrict", caller.districtScope());
    }
    return where;
  }

  private List<TitleRow> rows(Where where, String orderBy) {
    return rows(where, orderBy, null);
  }

  private List<TitleRow> rows(Where where, String orderBy, LocalDate until) {
    jakarta.persistence.TypedQuery<TitleRow> query = em.createQuery("select " + SELECT + " " + FROM + where.clause() + orderBy,
        TitleRow.class);
    where.bindTo(query);
    if (until != null) {
      query.setParameter("until", until);
    }
    return query.getResultList();
  }
}
