package dev.mlopsguide.team;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlopsguide.store.People;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.Teams;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the names of people and channel teams as they are now, from what each request says about who and where;
 * a name already known is not written again.
 */
public final class Names {

    /** Slack's longest channel name, and more than any person's: a longer one is not a name Slack sent. */
    private static final int LONGEST = 80;
    /** What a private channel or a DM is called in a slash command, instead of its name. */
    private static final Set<String> NOT_NAMES = Set.of("privategroup", "directmessage");

    private final Teams teams;
    private final People people;
    private final Cache<String, String> known = Caffeine.newBuilder().maximumSize(50_000).build();

    public Names(Teams teams, People people) {
        this.teams = teams;
        this.people = people;
    }

    /** A name from a request, unless it is missing or stands for "private" or "direct message" rather than a name. */
    public static Optional<String> usable(String name) {
        return Optional.ofNullable(name).filter(n -> !n.isBlank() && n.length() <= LONGEST && !NOT_NAMES.contains(n));
    }

    /** Whether this name (of a person or a channel) differs from the last one seen, so that it is worth writing. */
    public boolean isNew(String workspaceId, String id, String name) {
        return usable(name).filter(n -> !n.equals(known.getIfPresent(key(workspaceId, id)))).isPresent();
    }

    public void person(String workspaceId, String userId, String name) {
        if (isNew(workspaceId, userId, name)) {
            people.remember(workspaceId, userId, name);
            known.put(key(workspaceId, userId), name);
        }
    }

    /** The channel's team, if there is one, takes the channel's name ({@code name} without '#'). */
    public void channel(String workspaceId, String channelId, String name) {
        if (isNew(workspaceId, channelId, name)) {
            teams.rename(TeamKey.channel(workspaceId, channelId), "#" + name);
            known.put(key(workspaceId, channelId), name);
        }
    }

    /** The channel's name as last seen by this process (without '#'), for a team created where none came along. */
    public Optional<String> channelName(String workspaceId, String channelId) {
        return Optional.ofNullable(known.getIfPresent(key(workspaceId, channelId)));
    }

    private static String key(String workspaceId, String id) {
        return workspaceId + "/" + id;
    }
}
