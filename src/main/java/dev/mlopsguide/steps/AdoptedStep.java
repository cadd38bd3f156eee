package dev.mlopsguide.steps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A next step a team adopted from the catalogue ({@code stepId}): its owner, due date and status.
 * {@code questionId}: the question whose answer it lifts; {@code issueUrl}: the issue created for it through the
 * workspace's webhook.
 */
public record AdoptedStep(long id, long teamId, String stepId, Optional<String> questionId, String ownerId,
                          LocalDate dueOn, Status status, String adoptedBy, Instant adoptedAt, Instant updatedAt,
                          Optional<String> issueUrl) {

    public enum Status {
        PLANNED, DOING, DONE, DROPPED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> fromId(String id) {
            for (var status : values()) {
                if (status.id().equalsIgnoreCase(id)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }
    }

    /** Planned or being done. */
    public boolean isOpen() {
        return status == Status.PLANNED || status == Status.DOING;
    }

    /** Open after its due date. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    /** "1 of 2 open steps in progress; 1 overdue; 1 done", for the App Home, the digest and the roll-up. */
    public static String progress(List<AdoptedStep> steps, LocalDate today) {
        if (steps.isEmpty()) {
            return "No step adopted yet.";
        }
        long open = steps.stream().filter(AdoptedStep::isOpen).count();
        long doing = steps.stream().filter(s -> s.status() == Status.DOING).count();
        long done = steps.stream().filter(s -> s.status() == Status.DONE).count();
        long overdue = steps.stream().filter(s -> s.isOverdue(today)).count();
        return doing + " of " + open + " open steps in progress" + (overdue == 0 ? "" : "; " + overdue + " overdue")
                + (done == 0 ? "" : "; " + done + " done");
    }
}
