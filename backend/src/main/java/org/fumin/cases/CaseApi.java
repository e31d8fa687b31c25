package org.fumin.cases;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.fumin.programme.CaseAction;

/** The records at the typical case API's boundary. */
public final class CaseApi {

  private CaseApi() {}

  /** What a district writes: the township (of its district), an optional round, the title, a summary and a Markdown body. */
  public record CaseInput(
      @NotNull(message = "{fumin.required}") @Min(value = 1, message = "{fumin.min}") Long townshipId,
      @Min(value = 1, message = "{fumin.min}") Long roundId,
      @NotBlank(message = "{fumin.required}") @Size(max = 200, message = "{fumin.size.max}") String title,
      @Size(max = 1000, message = "{fumin.size.max}") String summary,
      @Size(max = 50000, message = "{fumin.size.max}") String body) {}

  /** Why a case is returned or withdrawn from publication. */
  public record CaseReason(@NotBlank(message = "{fumin.required}") @Size(max = 1000, message = "{fumin.size.max}") String reason) {}

  public record CaseFilter(CaseState state, Long districtId, Long townshipId, Integer year, String q) {}

  /** A case as a list shows it. */
  public record CaseListItem(long id, long districtId, String districtName, long townshipId, String townshipName, Long roundId,
      int year, String title, String summary, CaseState state, Instant updatedAt, Instant submittedAt, Instant publishedAt) {}

  /** A case with everything the signed-in reader needs, and what the caller may do with it now. */
  public record CaseView(long id, long districtId, String districtName, long townshipId, String townshipName, Long roundId,
      int year, String title, String summary, String body, CaseState state, String returnReason, String withdrawalReason,
      String writtenBy, Instant createdAt, Instant updatedAt, Instant submittedAt, String submittedBy, Instant publishedAt,
      String publishedBy, long version, List<CaseAction> allowedActions) {}

  /** A published case as anyone may read it: no people's names, no review history. */
  public record PublicCaseItem(long id, String districtName, String townshipName, int year, String title, String summary,
      Instant publishedAt) {}

  public record PublicAttachment(long id, String fileName, String contentType, long sizeBytes) {}

  public record PublicCase(long id, String districtName, String townshipName, int year, String title, String summary,
      String body, Instant publishedAt, List<PublicAttachment> attachments) {}
}
