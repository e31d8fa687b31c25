package org.fumin.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records at the cultivation plan API's boundary. */
public final class PlanApi {

  private PlanApi() {}

  public enum MilestoneStatus { PLANNED, IN_PROGRESS, DONE }

  public record MilestoneInput(
      @NotNull(message = "{fumin.required}") @JsonFormat(pattern = "yyyy-MM-dd") LocalDate dueOn,
      @NotBlank(message = "{fumin.required}") @Size(max = 500, message = "{fumin.size.max}") String deliverable,
      @NotNull(message = "{fumin.required}") MilestoneStatus status,
      @Size(max = 2000, message = "{fumin.size.max}") String completionNote) {}

  public record PlanInput(
      @NotNull(message = "{fumin.required}") @Size(max = 50000, message = "{fumin.size.max}") String content,
      @NotNull(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String responsiblePerson,
      @NotNull(message = "{fumin.required}") @Size(max = 32, message = "{fumin.size.max}") @Pattern(regexp = "[0-9+\\- ()]*", message = "{fumin.phone}") String contactPhone,
      @NotNull(message = "{fumin.required}") @Size(max = 100, message = "{fumin.size.items}") List<@Valid @NotNull(message = "{fumin.required}") MilestoneInput> milestones) {}

  public record Milestone(@JsonFormat(pattern = "yyyy-MM-dd") LocalDate dueOn, String deliverable, MilestoneStatus status,
      String completionNote, boolean overdue) {}

  public record Progress(int total, int done, int overdue, int percent) {}

  public record Plan(long nominationId, int revision, String content, String responsiblePerson, String contactPhone,
      List<Milestone> milestones, Progress progress, Instant savedAt, String savedBy) {}

  public record PlanRevision(int revision, Instant savedAt, String savedBy, int milestoneCount) {}
}
