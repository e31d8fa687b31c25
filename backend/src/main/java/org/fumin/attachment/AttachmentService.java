package org.fumin.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fumin.attachment.AttachmentApi.AttachmentView;
import org.fumin.attachment.AttachmentApi.CaseAttachmentView;
import org.fumin.attachment.AttachmentApi.Stored;
import org.fumin.attachment.AttachmentOwners.Kind;
import org.fumin.attachment.AttachmentOwners.Owner;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;

/**
 * Files attached to evidence items and typical cases. The feature owning each kind of holder says
 * who may read and change its attachments ({@link AttachmentOwners}, one implementation per kind). An upload is checked completely (who, name, size, type by
 * extension and content, hash) before anything is written; then the content is stored once per
 * hash and, under the holder's lock, the attachment row added in one transaction. Nothing is ever deleted: removing an
 * attachment marks it, for the revisions and the audit trail that still point to it.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

  /** Bytes read at a time while hashing. */
  private static final int BUFFER = 64 * 1024;

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject @Any Instance<AttachmentOwners> allOwners;
  @Inject AttachmentStore store;
  @Inject AttachmentConfig config;
  @Inject InstantSource clock;

  /** An upload that passed every check and may be attached. */
  public record Checked(Owner owner, String fileName, FileType type, long size, String sha256, Path file) {

    public Object fingerprint() {
      return owner.kind() == Kind.TYPICAL_CASE ? new AttachmentApi.CaseUploadFingerprint(owner.id(), fileName, sha256)
          : new AttachmentApi.UploadFingerprint(owner.nominationId(), owner.indicatorCode(), fileName, sha256);
    }
  }

  /**
   * Checks an uploaded file without writing anything: the caller may change the item, the name is
   * acceptable, the size within bounds, and extension and content agree on an allowed type.
   * {@code uploadedName} is the part's file name, {@code file} where the HTTP layer put its bytes.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Checked check(long nominationId, String indicatorCode, String uploadedName, Path file) {
    return check(Kind.EVIDENCE_ITEM, nominationId, indicatorCode, uploadedName, file);
  }

  /** As {@link #check(long, String, String, Path)}, for a holder of any kind ({@code code} null for a case). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Checked check(Kind kind, long holderId, String code, String uploadedName, Path file) {
    Owner owner = owners(kind).requireEditable(holderId, code);
    if (file == null) {
      throw ProblemException.invalidField("file", "attachment.file-required");
    }
    String name = FileName.display(uploadedName);
    Optional<FileName.Refusal> refusal = FileName.check(name);
    if (refusal.isPresent()) {
      throw ProblemException.invalidField("file", refusal.get().messageKey(), FileName.MAX_LENGTH);
    }
    FileType type = FileType.forExtension(FileName.extension(name))
        .orElseThrow(() -> ProblemException.invalidField("file", "attachment.extension-not-allowed", FileName.extension(name)));
    long size = size(file);
    if (size == 0) {
      throw ProblemException.invalidField("file", "attachment.file-empty");
    }
    if (size > config.maxSize().asLongValue()) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "attachment.file-too-large", megabytes(config.maxSize().asLongValue()));
    }
    byte[] head = new byte[FileType.SNIFF_BYTES];
    String sha256;
    int headLength;
    try (InputStream in = Files.newInputStream(file)) {
      headLength = in.readNBytes(head, 0, head.length);
      MessageDigest digest = sha256();
      digest.update(head, 0, headLength);
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      sha256 = HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (FileType.looksExecutable(head, headLength)) {
      throw ProblemException.invalidField("file", "attachment.content-executable", "." + FileName.extension(name));
    }
    if (!type.matches(file, head, headLength)) {
      throw ProblemException.invalidField("file", "attachment.content-mismatch", "." + FileName.extension(name));
    }
    return new Checked(owner, name, type, size, sha256, file);
  }

  /** Attaches a checked upload: stores its content unless that content is stored already, then the row. */
  public AttachmentView attach(Checked checked) {
    return AttachmentView.from(store(checked));
  }

  /** Attaches a checked upload to a typical case. */
  public CaseAttachmentView attachToCase(Checked checked) {
    return CaseAttachmentView.from(store(checked));
  }

  /**
   * Streams the content to the store first, without any lock (a 20 MB upload must not hold up the
   * holder's saves and reviews), then takes the holder's lock, checks again that it may be changed
   * and has room, and links the attachment. A refusal then rolls the content row back (and, in
   * PostgreSQL, its chunks), so nothing stored stays referenced.
   */
  private Attachment store(Checked checked) {
    if (!contentRecorded(checked.sha256())) {
      try (InputStream in = Files.newInputStream(checked.file())) {
        store.put(checked.sha256(), checked.size(), in);
      } catch (AttachmentStore.ContentMismatchException e) {
        throw new IllegalStateException("The uploaded file changed while it was stored", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      recordContent(checked.sha256(), checked.size(), store.kind());
    }
    Owner owner = owners(checked.owner().kind()).lockEditable(checked.owner().id(), checked.owner().code());
    long current = owner.kind() == Kind.TYPICAL_CASE
        ? Attachment.count("caseId = ?1 and removedAt is null", owner.id())
        : Attachment.count("nominationId = ?1 and indicatorCode = ?2 and removedAt is null",
            owner.nominationId(), owner.indicatorCode());
    if (current >= config.maxPerItem()) {
      throw new ProblemException(ProblemType.CONFLICT, "attachment.too-many", config.maxPerItem());
    }
    Attachment attachment = new Attachment();
    if (owner.kind() == Kind.TYPICAL_CASE) {
      attachment.caseId = owner.id();
    } else {
      attachment.nominationId = owner.nominationId();
      attachment.indicatorCode = owner.indicatorCode();
    }
    attachment.fileName = checked.fileName();
    attachment.contentType = checked.type().mediaType();
    attachment.sizeBytes = checked.size();
    attachment.sha256 = checked.sha256();
    attachment.uploadedAt = clock.instant();
    attachment.uploadedBy = caller.name();
    attachment.persistAndFlush();
    audit.record("ATTACHMENT_ADDED", "ATTACHMENT", attachment.id, null, owner.kind() == Kind.TYPICAL_CASE
        ? CaseAttachmentView.from(attachment) : AttachmentView.from(attachment));
    return attachment;
  }

  /**
   * The item's current attachments, oldest first (at most {@code max-per-item}); for a caller shown
   * the item as recorded (an API key: as last submitted), the attachments it had then.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttachmentView> list(long nominationId, String indicatorCode) {
    AttachmentOwners owners = owners(Kind.EVIDENCE_ITEM);
    Owner owner = owners.requireReadable(nominationId, indicatorCode);
    Optional<AttachmentOwners.Recorded> recorded = owners.recorded(owner);
    if (recorded.isPresent()) {
      return byIds(recorded.get().shown()).stream().map(AttachmentView::asAttached).toList();
    }
    return em.createQuery("""
            select a.id, a.nominationId, a.indicatorCode, a.fileName, a.contentType, a.sizeBytes, a.sha256,
                   a.uploadedAt, a.uploadedBy, a.removedAt, a.removedBy
            from Attachment a where a.nominationId = :nomination and a.indicatorCode = :indicator and a.removedAt is null
            order by a.id""", AttachmentView.class)
        .setParameter("nomination", owner.nominationId())
        .setParameter("indicator", owner.indicatorCode())
        .getResultList();
  }

  /** The ids of an item's current attachments, oldest first: for the evidence feature, which records them with a revision. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> currentIds(long nominationId, String indicatorCode) {
    return em.createQuery("""
            select a.id from Attachment a
            where a.nominationId = :nomination and a.indicatorCode = :indicator and a.removedAt is null order by a.id""",
            Long.class)
        .setParameter("nomination", nominationId).setParameter("indicator", indicatorCode)
        .getResultList();
  }

  /**
   * The evidence attachments with these ids (removed ones too), oldest first: for the evidence
   * feature, which has checked that the caller may read them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttachmentView> byIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("""
            select a.id, a.nominationId, a.indicatorCode, a.fileName, a.contentType, a.sizeBytes, a.sha256,
                   a.uploadedAt, a.uploadedBy, a.removedAt, a.removedBy
            from Attachment a where a.id in :ids and a.caseId is null order by a.id""", AttachmentView.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * The current attachments of every evidence item of a nomination, by indicator code, oldest first.
   * For the evidence feature, which has checked that the caller may read the nomination's items.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, List<AttachmentView>> current(long nominationId) {
    return em.createQuery("""
            select a.id, a.nominationId, a.indicatorCode, a.fileName, a.contentType, a.sizeBytes, a.sha256,
                   a.uploadedAt, a.uploadedBy, a.removedAt, a.removedBy
            from Attachment a where a.nominationId = :nomination and a.removedAt is null
            order by a.id""", AttachmentView.class)
        .setParameter("nomination", nominationId)
        .getResultStream()
        .collect(Collectors.groupingBy(AttachmentView::indicatorCode, Collectors.toList()));
  }

  /** An attachment (also a removed one) of an item the caller may read; 404 otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AttachmentView get(long id) {
    AttachmentView view = em.createQuery("""
            select a.id, a.nominationId, a.indicatorCode, a.fileName, a.contentType, a.sizeBytes, a.sha256,
                   a.uploadedAt, a.uploadedBy, a.removedAt, a.removedBy
            from Attachment a where a.id = :id and a.caseId is null""", AttachmentView.class)
        .setParameter("id", id)
        .getResultStream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.attachment", id));
    AttachmentOwners owners = owners(Kind.EVIDENCE_ITEM);
    Owner owner;
    try {
      owner = owners.requireReadable(view.nominationId(), view.indicatorCode());
    } catch (ProblemException outOfScope) {
      if (outOfScope.type() == ProblemType.NOT_FOUND) {
        throw ProblemException.notFound("entity.attachment", id); // names the attachment, not its nomination
      }
      throw outOfScope;
    }
    Optional<AttachmentOwners.Recorded> recorded = owners.recorded(owner);
    if (recorded.isPresent()) {
      // shown the item as recorded (a key: as submitted), a file never part of that does not exist for the caller
      if (!recorded.get().readable().contains(id)) {
        throw ProblemException.notFound("entity.attachment", id);
      }
      return view.asAttached();
    }
    return view;
  }

  /** Takes an attachment off its item while the item may be changed; already removed: unchanged. */
  public AttachmentView remove(long id) {
    AttachmentView before = get(id);
    // the same lock as the item's saves and review steps: the item cannot be submitted meanwhile
    owners(Kind.EVIDENCE_ITEM).lockEditable(before.nominationId(), before.indicatorCode());
    Attachment attachment = Attachment.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (attachment.removedAt != null) {
      return AttachmentView.from(attachment);
    }
    attachment.removedAt = clock.instant();
    attachment.removedBy = caller.name();
    em.flush();
    AttachmentView after = AttachmentView.from(attachment);
    audit.record("ATTACHMENT_REMOVED", "ATTACHMENT", id, before, after);
    return after;
  }

  /** Part of the content of an attachment the caller was allowed to read ({@link #get}), streamed from the store. */
  public InputStream open(AttachmentView attachment, long offset, long length) throws IOException {
    return store.open(attachment.sha256(), offset, length);
  }

  /** Part of the content of an attachment the caller was allowed to read, streamed from the store. */
  public InputStream open(Stored attachment, long offset, long length) throws IOException {
    return store.open(attachment.sha256(), offset, length);
  }

  /** The current attachments of a case the caller may read, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CaseAttachmentView> listOfCase(long caseId) {
    owners(Kind.TYPICAL_CASE).requireReadable(caseId, null);
    return currentOfCase(caseId);
  }

  /**
   * The current attachments of a case, oldest first, without asking who may read them: for the
   * case feature, which has checked that the caller (or anyone, for a published case) may.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CaseAttachmentView> currentOfCase(long caseId) {
    return em.createQuery("""
            select a.id, a.caseId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy
            from Attachment a where a.caseId = :holder and a.removedAt is null order by a.id""", CaseAttachmentView.class)
        .setParameter("holder", caseId)
        .getResultList();
  }

  /**
   * An attachment of a case: one the caller may read, or, with {@code publicly}, a current one of a
   * published case (nobody signed in). 404 for anything else, also an attachment of another case.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CaseAttachmentView getOfCase(long caseId, long id, boolean publicly) {
    if (publicly) {
      owners(Kind.TYPICAL_CASE).requirePublic(caseId, null);
    } else {
      owners(Kind.TYPICAL_CASE).requireReadable(caseId, null);
    }
    return em.createQuery("""
            select a.id, a.caseId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy
            from Attachment a where a.id = :id and a.caseId = :holder""" + (publicly ? " and a.removedAt is null" : ""),
            CaseAttachmentView.class)
        .setParameter("id", id).setParameter("holder", caseId)
        .getResultStream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.attachment", id));
  }

  /** Takes an attachment off its case while the case may be changed; already removed: unchanged. */
  public CaseAttachmentView removeFromCase(long caseId, long id) {
    CaseAttachmentView before = getOfCase(caseId, id, false);
    owners(Kind.TYPICAL_CASE).requireEditable(caseId, null);
    Attachment attachment = Attachment.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (attachment.removedAt != null) {
      return CaseAttachmentView.from(attachment);
    }
    attachment.removedAt = clock.instant();
    attachment.removedBy = caller.name();
    em.flush();
    CaseAttachmentView after = CaseAttachmentView.from(attachment);
    audit.record("ATTACHMENT_REMOVED", "ATTACHMENT", id, before, after);
    return after;
  }

  /** The implementation that answers for this kind of holder. */
  private AttachmentOwners owners(Kind kind) {
    for (AttachmentOwners owners : allOwners) {
      if (owners.kind() == kind) {
        return owners;
      }
    }
    throw new IllegalStateException("No attachment owners for " + kind);
  }

  /** Whether this content is stored already (then an upload of it stores nothing new). */
  private boolean contentRecorded(String sha256) {
    return AttachmentContent.findByIdOptional(sha256).isPresent();
  }

  /**
   * PostgreSQL's {@code on conflict do nothing}: two uploads of the same new content in parallel
   * both record it without one failing on the key.
   */
  private void recordContent(String sha256, long size, String storeKind) {
    em.createNativeQuery("""
            insert into attachment_content (sha256, size_bytes, store, created_at) values (?1, ?2, ?3, ?4)
            on conflict (sha256) do nothing""")
        .setParameter(1, sha256).setParameter(2, size).setParameter(3, storeKind).setParameter(4, clock.instant())
        .executeUpdate();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The limit as people read it: {@code 20} for 20 MiB, {@code 1.5} for 1.5 MiB. */
  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
