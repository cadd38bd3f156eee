package dev.mlopsguide.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTaskWithPersistentSchedule;
import com.github.kagkarlsson.scheduler.task.helper.ScheduleAndData;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.mlopsguide.team.DigestSchedules;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The app's scheduled work, on db-scheduler: one recurring task instance per digest subscription, on a cron schedule
 * at its weekday and local time in its time zone (so daylight-saving changes move with the local clock), and the
 * app's housekeeping tasks beside them. db-scheduler runs each due instance on exactly one replica, and persists the schedule in the app's
 * database.
 */
public final class JobScheduler implements DigestSchedules.Timetable, AutoCloseable {

    public static final String TASK_NAME = "weekly-digest";

    /** What runs when a subscription is due: deliver its digest for the time it was scheduled at. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(long subscriptionId, Instant scheduledFor);
    }

    /** A subscription's schedule, stored with its task instance. */
    public record Weekly(long subscriptionId, String cron, String zone) implements ScheduleAndData {
        private static final long serialVersionUID = 1L;

        @Override
        public Schedule getSchedule() {
            return Schedules.cron(cron, ZoneId.of(zone));
        }

        @Override
        public Object getData() {
            return subscriptionId;
        }
    }

    /**
     * Deliveries in hand at once. Most of them wait for their channel's or their method's turn (Slack's rate tiers),
     * so that the digests due after them are composed and drawn during the wait, not after it.
     */
    public static final int DELIVERY_THREADS = 8;

    private final RecurringTaskWithPersistentSchedule<Weekly> task;
    private final Scheduler scheduler;

    /** {@code housekeeping}: the app's other recurring tasks, run by the same scheduler. */
    public JobScheduler(DataSource dataSource, Clock clock, Duration pollingInterval, Delivery delivery,
                        List<RecurringTask<?>> housekeeping) {
        this.task = Tasks.recurringWithPersistentSchedule(TASK_NAME, Weekly.class)
                .execute((instance, context) -> delivery.deliver(instance.getData().subscriptionId(),
                        context.getExecution().executionTime));
        // Start tasks are known to the scheduler through startTasks alone.
        this.scheduler = Scheduler.create(dataSource, task).startTasks(housekeeping).clock(clock::instant)
                .serializer(new StoredScheduleSerializer()).pollingInterval(pollingInterval)
                .threads(DELIVERY_THREADS).build();
    }

    /** A housekeeping task that runs {@code work} every hour, on one replica at a time. */
    public static RecurringTask<Void> hourly(String name, Runnable work) {
        return Tasks.recurring(name, FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> work.run());
    }

    /** Creates or moves the schedule of a subscription. */
    @Override
    public synchronized void schedule(long subscriptionId, DayOfWeek weekday, LocalTime time, ZoneId zone) {
        var instance = task.schedulableInstance(String.valueOf(subscriptionId),
                new Weekly(subscriptionId, cron(weekday, time), zone.getId()));
        try {
            scheduleOrMove(instance);
        } catch (RuntimeException e) {
            // Another replica moved the same schedule between our read and our write: read it again.
            scheduleOrMove(instance);
        }
    }

    private void scheduleOrMove(SchedulableInstance<Weekly> instance) {
        if (scheduler.getScheduledExecution(TaskInstanceId.of(TASK_NAME, instance.getTaskInstance().getId())).isPresent()) {
            scheduler.reschedule(instance);
        } else {
            scheduler.schedule(instance);
        }
    }

    @Override
    public void cancel(long subscriptionId) {
        var id = TaskInstanceId.of(TASK_NAME, String.valueOf(subscriptionId));
        if (scheduler.getScheduledExecution(id).isPresent()) {
            scheduler.cancel(id);
        }
    }

    @Override
    public Optional<Instant> next(long subscriptionId) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(TASK_NAME, String.valueOf(subscriptionId)))
                .map(e -> e.getExecutionTime());
    }

    /** Looks for due digests now rather than at the next poll, for instance after the clock moved. */
    public void checkNow() {
        scheduler.triggerCheckForDueExecutions();
    }

    public void start() {
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.stop();
    }

    /** A Spring-style cron (seconds first) for a weekday and time. */
    static String cron(DayOfWeek weekday, LocalTime time) {
        return "0 " + time.getMinute() + " " + time.getHour() + " * * "
                + weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }
}
