package dev.mlopsguide.team;

import dev.mlopsguide.store.DigestSubscription;
import dev.mlopsguide.store.DigestSubscriptions;
import dev.mlopsguide.store.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which channels get a team's weekly digest, and when: the subscription is stored and its schedule kept with it. */
public final class DigestSchedules {

    /** Monday 09:00, in the subscriber's time zone, unless they say otherwise. */
    public static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    /** Runs each subscription's delivery at its weekday and local time (db-scheduler, in the app). */
    public interface Timetable {
        void schedule(long subscriptionId, DayOfWeek weekday, LocalTime time, ZoneId zone);

        void cancel(long subscriptionId);

        /** When the subscription's digest runs next, if it is scheduled. */
        Optional<Instant> next(long subscriptionId);
    }

    /** A subscription as stored, and when its first digest goes out. */
    public record Subscribed(DigestSubscription subscription, Optional<Instant> first) {
    }

    private final DigestSubscriptions subscriptions;
    private final Timetable timetable;

    public DigestSchedules(DigestSubscriptions subscriptions, Timetable timetable) {
        this.subscriptions = Objects.requireNonNull(subscriptions);
        this.timetable = Objects.requireNonNull(timetable);
    }

    /** Subscribes {@code channelId} to the team's digest, or moves its schedule and resumes it when paused. */
    public Subscribed subscribe(Team team, String channelId, DayOfWeek weekday, LocalTime time, ZoneId zone, String by) {
        var subscription = subscriptions.subscribe(team.id(), channelId, weekday, time, zone, by);
        timetable.schedule(subscription.id(), subscription.weekday(), subscription.time(), subscription.zone());
        return new Subscribed(subscription, timetable.next(subscription.id()));
    }

    /** Stops the channel's digest of the team; returns the subscription there was, if any. */
    public Optional<DigestSubscription> unsubscribe(Team team, String channelId) {
        var existing = subscriptions.find(team.id(), channelId);
        existing.map(DigestSubscription::id).ifPresent(timetable::cancel);
        subscriptions.unsubscribe(team.id(), channelId);
        return existing;
    }

    /** Every channel the team's digest goes to. */
    public List<DigestSubscription> ofTeam(Team team) {
        return subscriptions.ofTeam(team.id());
    }

    public Optional<DigestSubscription> find(Team team, String channelId) {
        return subscriptions.find(team.id(), channelId);
    }
}
