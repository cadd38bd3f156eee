package dev.mlopsguide.team;

import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.Teams;
import java.util.Objects;
import java.util.Optional;

/** Finds teams, and creates a channel's or a terminal's team the first time it is used. */
public final class TeamDirectory {

    private final Teams teams;

    public TeamDirectory(Teams teams) {
        this.teams = Objects.requireNonNull(teams);
    }

    /** The team of a Slack channel; {@code channelName} (without '#') names it only when it is created. */
    public Team channel(String workspaceId, String channelId, String channelName) {
        return teams.ensure(TeamKey.channel(workspaceId, channelId),
                channelName == null || channelName.isBlank() ? channelId : "#" + channelName);
    }

    /** A team of the command line, by name. */
    public Team local(String name) {
        return teams.ensure(TeamKey.local(name), name);
    }

    public Optional<Team> find(TeamKey key) {
        return teams.find(key);
    }

    public Optional<Team> byId(long id) {
        return teams.byId(id);
    }
}
