package org.fumin.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The records at the import API's boundary. */
public final class ImportApi {

  private ImportApi() {}

  /**
   * One kind of problem of an import: its code, the column, the message in the caller's language,
   * the rows (as in the file, header = row 1; at most 1,000 listed) and on how many rows it occurs.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportProblem(String code, String column, String message, List<Integer> rows, int count) {}

  /** An import and its report: counts, errors (which reject it) and warnings (which do not). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportJobView(
      long id,
      String kind,
      ImportJob.State state,
      boolean dryRun,
      ImportMode mode,
      ImportFormat format,
      String fileName,
      String createdBy,
      String idempotencyKey,
      int total,
      int processed,
      int created,
      int updated,
      int unchanged,
      int rejected,
      List<ImportProblem> errors,
      List<ImportProblem> warnings,
      Instant createdAt,
      Instant finishedAt) {}

  /** A rejected import as problem details: the usual members and the import with its report. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportRejected(String type, String title, int status, String detail, String instance, String requestId,
      ImportJobView report) {}

  /** The report as stored: problems by code and arguments, formatted into messages when shown. */
  public record StoredReport(List<Findings.Group> errors, List<Findings.Group> warnings) {}
}
