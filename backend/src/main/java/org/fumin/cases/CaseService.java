package org.fumin.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fumin.attachment.AttachmentService;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.cases.CaseApi.CaseFilter;
import org.fumin.cases.CaseApi.CaseInput;
import org.fumin.cases.CaseApi.CaseListItem;
import org.fumin.cases.CaseApi.CaseView;
import org.fumin.cases.CaseApi.PublicAttachment;
import org.fumin.cases.CaseApi.PublicCase;
import org.fumin.cases.CaseApi.PublicCaseItem;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.paging.Where;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.notification.NotificationApi.NotificationKind;
import org.fumin.notification.NotificationService;
import org.fumin.plan.Markdown;
import org.fumin.programme.CaseAction;
import org.fumin.round.Round;
import org.fumin.round.RoundService;
import org.fumin.township.Township;
import org.fumin.township.TownshipService;

/**
 * Typical cases (典型案例): a district writes them about its townships and submits them; the city
 * returns them with a reason or publishes them; published cases are read by anyone, and the city
 * may withdraw one from publication with a reason. {@link CaseAction} holds the state table.
 *
 * <p>Who sees what: a district admin every case of their district; other signed-in readers (the
 * city, viewers, within their district if they are confined to one) every case the district has
 * submitted at least once (not drafts); API keys and anonymous readers published cases only.
 */
@ApplicationScoped
@Transactional
public class CaseService {

  private static final Map<String, String> SORTS = Map.of(
      "updatedAt", "c.updatedAt", "createdAt", "c.createdAt", "publishedAt", "c.publishedAt", "title", "c.title",
      "year", "c.year", "state", "c.state", "township", "t.code", "district", "d.code, t.code");
  private static final String LIST_SELECT = """
      c.id, c.districtId, d.name, c.townshipId, t.name, c.roundId, c.year, c.title, c.summary, c.state,
      c.updatedAt, c.submittedAt, c.publishedAt""";
  private static final String FROM = "from TypicalCase c join Township t on t.id = c.townshipId join t.district d";

  /** A case with the names of its township and district. */
  public record Named(TypicalCase c, String townshipName, String districtName) {}

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject TownshipService townships;
  @Inject RoundService rounds;
  @Inject NotificationService notifications;
  @Inject AttachmentService attachments;
  @Inject InstantSource clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CaseListItem> list(CaseFilter filter, PageRequest paging) {
    Where where = new Where()
        .equal("c.state", "state", filter.state())
        .equal("c.districtId", "districtId", filter.districtId())
        .equal("c.townshipId", "townshipId", filter.townshipId())
        .equal("c.year", "year", filter.year())
        .contains(filter.q(), "lower(c.title) like :q or lower(c.summary) like :q or lower(t.name) like :q")
        .equal("c.districtId", "scopeDistrict", caller.districtScope())
        .in("c.state", "visibleStates", visibleStates());
    return where.project(CaseListItem.class, LIST_SELECT, FROM, FROM, paging.orderBy(SORTS, "-updatedAt", "c.id"), paging);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CaseView get(long id) {
    return view(named(id, false));
  }

  /** A new draft about a township of the caller's district. */
  public CaseView create(CaseInput input) {
    Township township = township(input.townshipId());
    TypicalCase c = new TypicalCase();
    c.writtenBy = caller.name();
    apply(c, township, input);
    c.persistAndFlush();
    CaseView created = view(new Named(c, township.name, township.district.name));
    audit.record("CASE_CREATED", "TYPICAL_CASE", c.id, null, summary(created));
    return created;
  }

  /** Saves the case's content; {@code ifMatch} must name its current version. Drafts and returned cases only. */
  public CaseView save(long id, String ifMatch, CaseInput input) {
    Named current = lock(id);
    ETags.requireMatch(ifMatch, current.c().version);
    check(current.c(), CaseAction.SAVE);
    CaseView before = view(current);
    Township township = township(input.townshipId());
    apply(current.c(), township, input);
    em.flush();
    CaseView after = view(new Named(current.c(), township.name, township.district.name));
    audit.record("CASE_SAVED", "TYPICAL_CASE", id, summary(before), summary(after));
    return after;
  }

  /** Takes a review action; 409 when the case's state does not allow it, 412 on a stale {@code If-Match}. */
  public CaseView act(long id, String ifMatch, CaseAction action, String reason) {
    Named named = lock(id);
    TypicalCase c = named.c();
    ETags.checkMatch(ifMatch, c.version);
    check(c, action);
    if (action == CaseAction.SUBMIT && (c.summary.isBlank() || c.body.isBlank())) {
      throw new ProblemException(ProblemType.CONFLICT, "case.incomplete");
    }
    Map<String, Object> before = transition(c);
    c.state = action.target(c.state);
    switch (action) {
      case SUBMIT -> {
        c.submittedAt = clock.instant();
        c.submittedBy = caller.name();
        c.returnReason = null;
      }
      case RETURN -> c.returnReason = reason.strip();
      case PUBLISH -> {
        c.publishedAt = clock.instant();
        c.publishedBy = caller.name();
        c.withdrawalReason = null;
      }
      case WITHDRAW -> c.withdrawalReason = reason.strip();
      default -> throw new IllegalArgumentException(action + " is no review action");
    }
    c.touch();
    em.flush();
    audit.record("CASE_" + action.name(), "TYPICAL_CASE", id, before, transition(c));
    NotificationService.CaseSubject subject = new NotificationService.CaseSubject(c.id, c.title, named.townshipName(),
        c.districtId, c.roundId);
    switch (action) {
      case SUBMIT -> notifications.caseChanged(NotificationKind.CASE_SUBMITTED, subject, null);
      case RETURN -> notifications.caseChanged(NotificationKind.CASE_RETURNED, subject, c.returnReason);
      case PUBLISH -> notifications.caseChanged(NotificationKind.CASE_PUBLISHED, subject, null);
      case WITHDRAW -> notifications.caseChanged(NotificationKind.CASE_WITHDRAWN, subject, c.withdrawalReason);
      default -> { }
    }
    return view(named);
  }

  /** Published cases, newest first, for anyone. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PublicCaseItem> published(CaseFilter filter, PageRequest paging) {
    Where where = new Where()
        .equal("c.state", "state", CaseState.PUBLISHED)
        .equal("c.districtId", "districtId", filter.districtId())
        .equal("c.year", "year", filter.year())
        .contains(filter.q(), "lower(c.title) like :q or lower(c.summary) like :q or lower(t.name) like :q");
    return where.project(PublicCaseItem.class, "c.id, d.name, t.name, c.year, c.title, c.summary, c.publishedAt",
        FROM, FROM, paging.orderBy(Map.of("publishedAt", "c.publishedAt", "title", "c.title", "year", "c.year"),
            "-publishedAt", "c.id"), paging);
  }

  /** A published case for anyone, with its current attachments and the version its entity tag is built from. */
  public record Published(PublicCase body, long version) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Published publishedCase(long id) {
    Named named = named(id, true);
    TypicalCase c = named.c();
    List<PublicAttachment> files = attachments.currentOfCase(id).stream()
        .map(a -> new PublicAttachment(a.id(), a.fileName(), a.contentType(), a.sizeBytes())).toList();
    // the tag must change when an attachment does, though the case's own version does not
    long version = c.version * 1_000_003L + files.stream().mapToLong(PublicAttachment::id).sum();
    return new Published(new PublicCase(c.id, named.districtName(), named.townshipName(), c.year, c.title, c.summary, c.body,
        c.publishedAt, files), version);
  }

  /** The case the caller may see (404 otherwise); with {@code publicly}, a published case for anyone. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TypicalCase find(long id, boolean publicly) {
    return named(id, publicly).c();
  }

  /** Refuses an action the caller may not take now: the wrong role 403, the wrong state 409. */
  void check(TypicalCase c, CaseAction action) {
    if (!action.allows(caller.role())) {
      throw new ProblemException(ProblemType.FORBIDDEN, "case.not-yours",
          new ProblemException.Message("case-action." + action.name()));
    }
    if (!action.applies(c.state, caller.role())) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "case.invalid-transition",
          new ProblemException.Message("case-action." + action.name()),
          new ProblemException.Message("case-state." + c.state.name()))
          .allowedActions(CaseAction.allowed(c.state, caller.role()).stream().map(Enum::name).toList());
    }
  }

  /** The states the caller may see cases in. */
  private Set<CaseState> visibleStates() {
    if (caller.kind() != Caller.Kind.USER) {
      return EnumSet.of(CaseState.PUBLISHED);
    }
    return caller.role() == Role.DISTRICT_ADMIN ? EnumSet.allOf(CaseState.class)
        : EnumSet.complementOf(EnumSet.of(CaseState.DRAFT));
  }

  private Named named(long id, boolean publicly) {
    Named named = em.createQuery("select c, t.name, d.name " + FROM + " where c.id = :id", Named.class)
        .setParameter("id", id).getResultStream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.case", id));
    boolean visible = publicly ? CaseAction.isPublic(named.c().state)
        : caller.mayUseDistrict(named.c().districtId) && visibleStates().contains(named.c().state);
    if (!visible) {
      throw ProblemException.notFound("entity.case", id);
    }
    return named;
  }

  private Named lock(long id) {
    Named named = named(id, false);
    em.lock(named.c(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(named.c());
    return named;
  }

  /** The township a case names, in the caller's district; anything else is invalid input (400). */
  private Township township(long id) {
    try {
      return townships.find(id);
    } catch (ProblemException e) {
      throw ProblemException.invalidField("townshipId", "case.township-unknown", id);
    }
  }

  private void apply(TypicalCase c, Township township, CaseInput input) {
    Round round = null;
    if (input.roundId() != null) {
      try {
        round = rounds.find(input.roundId());
      } catch (ProblemException e) {
        throw ProblemException.invalidField("roundId", "case.round-unknown", input.roundId());
      }
    }
    c.districtId = township.district.id;
    c.townshipId = township.id;
    c.roundId = round == null ? null : round.id;
    c.year = round == null ? Shanghai.today(clock).getYear() : round.year;
    c.title = input.title().strip();
    c.summary = input.summary() == null ? "" : input.summary().strip();
    c.body = input.body() == null || input.body().isBlank() ? "" : Markdown.sanitise(input.body());
  }

  private CaseView view(Named named) {
    TypicalCase c = named.c();
    List<CaseAction> allowed = caller.kind() == Caller.Kind.USER ? CaseAction.allowed(c.state, caller.role()) : List.of();
    return new CaseView(c.id, c.districtId, named.districtName(), c.townshipId, named.townshipName(), c.roundId, c.year,
        c.title, c.summary, c.body, c.state, c.returnReason, c.withdrawalReason, c.writtenBy, c.createdAt, c.updatedAt,
        c.submittedAt, c.submittedBy, c.publishedAt, c.publishedBy, c.version, allowed);
  }

  /** What the audit trail keeps of a save: the fields, the body's length rather than the whole text. */
  private static Map<String, Object> summary(CaseView v) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", v.title());
    fields.put("townshipId", v.townshipId());
    fields.put("roundId", v.roundId());
    fields.put("year", v.year());
    fields.put("summary", v.summary());
    fields.put("bodyLength", v.body().length());
    fields.put("state", v.state());
    return fields;
  }

  private static Map<String, Object> transition(TypicalCase c) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("state", c.state);
    if (c.returnReason != null) {
      fields.put("returnReason", c.returnReason);
    }
    if (c.withdrawalReason != null) {
      fields.put("withdrawalReason", c.withdrawalReason);
    }
    return fields;
  }
}
