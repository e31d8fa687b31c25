package org.fumin.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fumin.programme.PlanChange.Kind;
import org.fumin.programme.PlanChange.Review;
import org.fumin.programme.PlanStatus;

/** The records at the cultivation plan API's boundary. */
public final class PlanApi {

  private PlanApi() {}

  public enum MilestoneStatus { PLANNED, IN_PROGRESS, DONE }

  /**
   * A milestone as written. {@code evidence}: the codes of the framework indicators whose evidence
   * proves it (none when absent).
   */
  public record MilestoneInput(
      @NotNull(message = "{fumin.required}") @JsonFormat(pattern = "yyyy-MM-dd") LocalDate dueOn,
      @NotBlank(message = "{fumin.required}") @Size(max = 500, message = "{fumin.size.max}") String deliverable,
      @NotNull(message = "{fumin.required}") MilestoneStatus status,
      @Size(max = 2000, message = "{fumin.size.max}") String completionNote,
      @Size(max = 30, message = "{fumin.size.items}")
      List<@NotNull(message = "{fumin.required}") @Pattern(regexp = "[A-Za-z0-9]{1,8}", message = "{fumin.indicator-code}") String> evidence) {

    /** A milestone that points to no evidence. */
    public MilestoneInput(LocalDate dueOn, String deliverable, MilestoneStatus status, String completionNote) {
      this(dueOn, deliverable, status, completionNote, List.of());
    }

    /** The indicator codes as the framework writes them ({@code b1} is {@code B1}), never null. */
    public List<String> evidenceCodes() {
      return evidence == null ? List.of()
          : evidence.stream().map(c -> c == null ? null : c.strip().toUpperCase(java.util.Locale.ROOT)).toList();
    }
  }

  public record PlanInput(
      @NotNull(message = "{fumin.required}") @Size(max = 50000, message = "{fumin.size.max}") String content,
      @NotNull(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String responsiblePerson,
      @NotNull(message = "{fumin.required}") @Size(max = 32, message = "{fumin.size.max}") @Pattern(regexp = "[0-9+\\- ()]*", message = "{fumin.phone}") String contactPhone,
      @NotNull(message = "{fumin.required}") @Size(max = 100, message = "{fumin.size.items}") List<@Valid @NotNull(message = "{fumin.required}") MilestoneInput> milestones) {}

  public record Milestone(@JsonFormat(pattern = "yyyy-MM-dd") LocalDate dueOn, String deliverable, MilestoneStatus status,
      String completionNote, List<String> evidence, boolean overdue) {}

  public record Progress(int total, int done, int overdue, int percent) {}

  /** A review event of a revision: submitted, approved or returned (with the reason), by whom, when. */
  public record ReviewMark(Review action, String by, Instant at, String reason) {}

  /**
   * Where the plan's review stands: its status, the revision that is the approved plan (null before
   * the first approval), the last revision the district approved or returned (what a reviewer
   * compares with), and the newest review event.
   */
  public record ReviewState(PlanStatus status, Integer approvedRevision, Integer reviewedRevision, ReviewMark lastReview) {}

  public record Plan(long nominationId, int revision, @JsonInclude(JsonInclude.Include.NON_NULL) Kind kind, String content, String contentHtml, String responsiblePerson,
      String contactPhone, List<Milestone> milestones, Progress progress, Instant savedAt, String savedBy, PlanStatus status,
      Integer approvedRevision, Integer reviewedRevision, @JsonInclude(JsonInclude.Include.NON_NULL) ReviewMark lastReview) {}

  public record PlanRevision(int revision, Kind kind, Instant savedAt, String savedBy, int milestoneCount,
      List<ReviewMark> reviews) {}
}
