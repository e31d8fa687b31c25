package org.fumin.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.problem.Messages;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.importing.ImportApi.ImportJobView;
import org.fumin.importing.ImportApi.ImportProblem;
import org.fumin.importing.ImportApi.StoredReport;
import org.jboss.logging.Logger;

/**
 * Runs imports: reads the file, reserves the import (and its idempotency key), validates every row
 * and writes all of them or none in one transaction. Imports over {@code fumin.imports.job-threshold}
 * rows run on a worker thread as jobs whose progress can be polled.
 */
@ApplicationScoped
public class ImportService {

  private static final Logger LOG = Logger.getLogger(ImportService.class);
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

  @Inject Caller caller;
  @Inject ObjectMapper json;
  @Inject ImportConfig config;
  @Inject ImportJobs jobs;
  @Inject AuditService audit;
  @Inject DistrictImporter districtImporter;
  @Inject TownshipImporter townshipImporter;
  @Inject UserImporter userImporter;
  @Inject NominationImporter nominationImporter;
  @Inject ImportHold hold;
  @Inject MetricValueImporter metricValueImporter;

  private ExecutorService workers;

  @PostConstruct
  void start() {
    workers = Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "import-job");
      thread.setDaemon(true);
      return thread;
    });
  }

  void stop(@Observes ShutdownEvent shutdown) {
    workers.shutdown();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What an import was asked to do. */
  public record Request(ImportKind kind, ImportFormat format, String charset, ImportMode mode, boolean dryRun, String fileName,
      String idempotencyKey, byte[] body) {}

  /** The import as it stands, and whether it runs on as a job or is the replay of an earlier answer. */
  public record Submitted(ImportJob job, boolean running, boolean replayed) {}

  /** Who may import what: the kind's roles, and import-scoped keys for the kinds that allow keys. */
  public void authorize(ImportKind kind) {
    boolean allowed = caller.isUser() ? kind.allows(caller.role()) : kind.allowsKeys() && caller.scopes().contains("import");
    if (!allowed) {
      throw new ProblemException(ProblemType.FORBIDDEN, "import.kind-forbidden", kind.slug());
    }
  }

  public Submitted submit(Request request) {
    authorize(request.kind());
    if (request.body().length > config.maxBytes().asLongValue()) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.detail");
    }
    if (request.idempotencyKey() != null && !VALID_KEY.matcher(request.idempotencyKey()).matches()) {
      throw ProblemException.invalidField(Idempotency.HEADER, "violation.idempotency-key");
    }
    Findings findings = new Findings();
    List<SourceRow> rows = new TableReader(request.kind().columns(), findings, config.maxRows())
        .read(request.format(), request.charset(), request.body(), json);
    ImportJob job = new ImportJob();
    job.kind = request.kind();
    job.format = request.format();
    job.mode = request.mode();
    job.dryRun = request.dryRun();
    job.fileName = request.fileName();
    job.caller = caller.kind().name() + ":" + caller.id();
    job.callerName = caller.name();
    job.idempotencyKey = request.idempotencyKey();
    job.requestHash = hash(request);
    job.totalRows = rows.size();
    ImportJobs.Reservation reservation = jobs.reserve(job);
    if (reservation.replay()) {
      return new Submitted(reservation.job(), false, true);
    }
    long id = reservation.job().id;
    if (rows.size() > config.jobThreshold()) {
      Caller who = caller.snapshot();
      workers.submit(() -> inBackground(who, () -> execute(id, request, rows, findings)));
      return new Submitted(jobs.get(id), true, false);
    }
    execute(id, request, rows, findings);
    return new Submitted(jobs.get(id), false, false);
  }

  /**
   * Validates and writes in one transaction. A real import without errors commits its rows and its
   * SUCCEEDED state together; a dry run, or any row with an error, rolls everything back, and the
   * outcome is recorded on its own.
   */
  private void execute(long id, Request request, List<SourceRow> rows, Findings findings) {
    hold.starting(id);
    try {
      run(id, request, rows, findings);
    } finally {
      hold.ended(id);
    }
  }

  private void run(long id, Request request, List<SourceRow> rows, Findings findings) {
    int total = rows.size();
    IntConsumer progress = throttled(id);
    KindImporter.Counts[] counts = new KindImporter.Counts[1];
    try {
      boolean committed = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
        counts[0] = importer(request.kind()).run(new KindImporter.Run(rows, request.mode(), request.dryRun(), findings, progress));
        if (request.dryRun() || findings.hasErrors()) {
          throw new Discarded();
        }
        audit.record("IMPORT_COMPLETED", "IMPORT", id, null, Map.of("kind", request.kind().slug(), "rows", total,
            "created", counts[0].created(), "updated", counts[0].updated(), "unchanged", counts[0].unchanged()));
        jobs.finishWithImport(id, ImportJob.State.SUCCEEDED, counts[0], findings, total);
        return true;
      });
      if (!committed) {
        throw new IllegalStateException("import " + id + " neither committed nor discarded");
      }
    } catch (RuntimeException e) {
      if (causedBy(e, ImportJobs.Superseded.class)) {
        LOG.warnf("import %d was given up while it ran (its heartbeat went stale); nothing of it was written", id);
        return;
      }
      if (causedBy(e, Discarded.class) || findings.hasErrors()) { // (a row the owning service refused leaves the transaction unable to commit)
        ImportJob.State state = findings.hasErrors() ? ImportJob.State.REJECTED : ImportJob.State.SUCCEEDED;
        jobs.finishAlone(id, state, counts[0], findings, total);
        if (state == ImportJob.State.REJECTED && !request.dryRun()) {
          audit.recordAlways("IMPORT_REJECTED", "IMPORT", id, Map.of("kind", request.kind().slug(), "rows", total,
              "rejected", findings.rejectedCount()));
        }
        return;
      }
      LOG.errorf(e, "import %d failed", id);
      findings.error(1, null, "failed");
      jobs.finishAlone(id, ImportJob.State.FAILED, null, findings, total);
      throw e;
    }
  }

  /** Ends a dry run or a rejected import: its transaction rolls back, nothing it wrote stays. */
  private static final class Discarded extends RuntimeException {
    Discarded() {
      super(null, null, false, false);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends RuntimeException> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Progress at most every 1,000 rows, each in its own short transaction. */
  private IntConsumer throttled(long id) {
    int[] reported = {0};
    return processed -> {
      if (processed - reported[0] >= 1000) {
        reported[0] = processed;
        jobs.progress(id, processed);
      }
    };
  }

  /** Runs a job on a worker thread as the caller who submitted it (scope, audit actor). */
  private static void inBackground(Caller who, Runnable work) {
    ManagedContext requestContext = Arc.container().requestContext();
    requestContext.activate();
    try {
      Arc.container().instance(Caller.class).get().adopt(who);
      work.run();
    } catch (RuntimeException e) {
      LOG.errorf(e, "import job failed");
    } finally {
      requestContext.terminate();
    }
  }

  private KindImporter importer(ImportKind kind) {
    return switch (kind) {
      case DISTRICTS -> districtImporter;
      case TOWNSHIPS -> townshipImporter;
      case USERS -> userImporter;
      case NOMINATIONS -> nominationImporter;
      case METRIC_VALUES -> metricValueImporter;
    };
  }

  // ---- reading imports back ----

  /** An import of the caller (city admins see every import), 404 otherwise. */
  public ImportJob find(long id) {
    ImportJob job = jobs.get(id);
    if (job == null || !mayRead(job)) {
      throw ProblemException.notFound("entity.import", id);
    }
    return job;
  }

  /** The history: the caller's own imports, every import for a city admin; newest first. */
  public Page<ImportJobView> history(PageRequest paging, Locale locale) {
    String who = caller.kind().name() + ":" + caller.id();
    boolean all = caller.isUser() && caller.role() == org.fumin.auth.Role.CITY_ADMIN;
    var query = all ? ImportJob.<ImportJob>find("order by createdAt desc, id desc")
        : ImportJob.<ImportJob>find("caller = ?1 order by createdAt desc, id desc", who);
    List<ImportJob> items = query.range(paging.offset(), paging.offset() + paging.size() - 1).list();
    long total = PageRequest.totalFromPage(paging, items.size());
    if (total < 0) {
      total = all ? ImportJob.count() : ImportJob.count("caller", who);
    }
    return new Page<>(items.stream().map(j -> view(j, locale, false)).toList(), paging.page(), paging.size(), total);
  }

  private boolean mayRead(ImportJob job) {
    return (caller.kind().name() + ":" + caller.id()).equals(job.caller)
        || caller.isUser() && caller.role() == org.fumin.auth.Role.CITY_ADMIN;
  }

  /** The import with its report in the caller's language ({@code withProblems} false: counts only, for lists). */
  public ImportJobView view(ImportJob job, Locale locale, boolean withProblems) {
    List<ImportProblem> errors = null;
    List<ImportProblem> warnings = null;
    if (withProblems && job.report != null) {
      StoredReport report = read(job.report);
      errors = render(report.errors(), locale);
      warnings = render(report.warnings(), locale);
    }
    return new ImportJobView(job.id, job.kind.slug(), job.state, job.dryRun, job.mode, job.format, job.fileName, job.callerName,
        job.idempotencyKey, job.totalRows, job.processedRows, job.createdCount, job.updatedCount, job.unchangedCount,
        job.rejectedCount, errors, warnings, job.createdAt, job.finishedAt);
  }

  private StoredReport read(String report) {
    try {
      return json.readValue(report, StoredReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ImportProblem> render(List<Findings.Group> groups, Locale locale) {
    List<ImportProblem> problems = new ArrayList<>(groups.size());
    for (Findings.Group g : groups) {
      problems.add(new ImportProblem(g.code(), g.column(), message(g, locale), g.rows(), g.count()));
    }
    return problems;
  }

  /** The message of a problem; arguments that are message keys ({@code import.*}, {@code msg:*}) are translated. */
  static String message(Findings.Group group, Locale locale) {
    List<Object> arguments = new ArrayList<>();
    for (String argument : group.arguments()) {
      if (argument.startsWith("import.")) {
        arguments.add(new ProblemException.Message(argument));
      } else if (argument.startsWith("msg:")) {
        arguments.add(new ProblemException.Message(argument.substring(4)));
      } else {
        arguments.add(argument);
      }
    }
    if ("refused".equals(group.code()) && !arguments.isEmpty()) {
      Object key = group.arguments().get(0);
      return Messages.get(locale, String.valueOf(key), arguments.subList(1, arguments.size()));
    }
    return Messages.get(locale, "import.problem." + group.code(), arguments);
  }

  /** The payload's fingerprint: the same key with another file, kind or option is another request (422). */
  private static String hash(Request request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((request.kind() + "\n" + request.format() + "\n" + request.charset() + "\n" + request.mode() + "\n"
          + request.dryRun() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(request.body());
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
