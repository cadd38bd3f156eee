package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Runs of the workflow step that runs a check-in: which thread each waits for, and whether Slack was told. */
public final class WorkflowRuns {

    /** A run: the channel it was asked for, and the team thread it waits for once that is known. */
    public record Run(String executionId, String workspaceId, String channelId, OptionalLong flowId) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final Teams teams;
    private final FollowUps followUps;

    WorkflowRuns(Jdbc jdbc, Clock clock, Teams teams, FollowUps followUps) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.teams = teams;
        this.followUps = followUps;
    }

    /**
     * Keeps a run Slack asked for, with the work of starting it; a run asked for again (Slack's retry) is kept once.
     *
     * @return false when it was kept already
     */
    public boolean start(String executionId, String workspaceId, String channelId, FollowUps.FollowUp then) {
        teams.ensureWorkspace(workspaceId, workspaceId);
        try {
            return jdbc.transaction("keep workflow run " + executionId, sql -> {
                sql.update("INSERT INTO workflow_run (execution_id, workspace_id, channel_id, status, started_at) "
                        + "VALUES (?, ?, ?, 'running', ?)", executionId, workspaceId, channelId, clock.instant());
                followUps.add(sql, then);
                return true;
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            return false;
        }
    }

    public Optional<Run> find(String executionId) {
        return jdbc.read("read workflow run " + executionId, sql -> sql.one(
                "SELECT execution_id, workspace_id, channel_id, flow_id FROM workflow_run WHERE execution_id = ?",
                WorkflowRuns::run, executionId));
    }

    /** The run now waits for the team thread {@code flowId}. */
    public void waitFor(String executionId, long flowId) {
        jdbc.read("attach workflow run " + executionId, sql -> sql.update(
                "UPDATE workflow_run SET flow_id = ? WHERE execution_id = ?", flowId, executionId));
    }

    /** The runs still waiting for a team thread. */
    public List<Run> waitingFor(long flowId) {
        return jdbc.read("read the workflow runs of thread " + flowId, sql -> sql.list(
                "SELECT execution_id, workspace_id, channel_id, flow_id FROM workflow_run WHERE flow_id = ? "
                        + "AND status = 'running' ORDER BY execution_id", WorkflowRuns::run, flowId));
    }

    /** Records that Slack was told the run's outcome. */
    public void ended(String executionId, boolean completed) {
        jdbc.read("end workflow run " + executionId, sql -> sql.update(
                "UPDATE workflow_run SET status = ?, completed_at = ? WHERE execution_id = ? AND status = 'running'",
                completed ? "completed" : "failed", clock.instant(), executionId));
    }

    private static Run run(ResultSet rs) throws SQLException {
        long flow = rs.getLong("flow_id");
        return new Run(rs.getString("execution_id"), rs.getString("workspace_id"), rs.getString("channel_id"),
                rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(flow));
    }
}
