package dev.mlopsguide.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.mlopsguide.store.WorkspaceData;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the data of workspaces that uninstalled the app longer ago than the grace period. It runs every hour as a
 * db-scheduler task, so on one replica at a time; a workspace that installs the app again before then keeps its data.
 */
public final class WorkspacePurge {

    private static final String TASK_NAME = "purge-uninstalled-workspaces";
    private static final Logger LOG = LoggerFactory.getLogger(WorkspacePurge.class);

    private final WorkspaceData workspaces;
    private final Duration grace;
    private final Clock clock;

    public WorkspacePurge(WorkspaceData workspaces, Duration grace, Clock clock) {
        this.workspaces = workspaces;
        this.grace = grace;
        this.clock = clock;
    }

    /** Deletes the workspaces whose grace period is over; returns their ids. */
    public List<String> purge() {
        var deleted = workspaces.deleteUninstalledBefore(clock.instant().minus(grace));
        if (!deleted.isEmpty()) {
            LOG.warn("Deleted the data of {} workspace(s) uninstalled more than {} days ago: {}", deleted.size(),
                    grace.toDays(), deleted);
        }
        return deleted;
    }

    public RecurringTask<Void> task() {
        return JobScheduler.hourly(TASK_NAME, this::purge);
    }
}
