package dev.mlopsguide.team;

import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.Teams;
import java.util.Objects;
import java.util.Optional;

/** Finds teams, and creates a channel's or a terminal's team the first time it is used. */
public final class TeamDirectory {

    private final Teams teams;
    private final Names names;

    public TeamDirectory(Teams teams, Names names) {
        this.teams = Objects.requireNonNull(teams);
        this.names = Objects.requireNonNull(names);
    }

    /**
     * The team of a Slack channel; {@code channelName} (without '#'; null when the request did not say) names it when
     * it is created, or else the name last seen, or else its id until {@link Names} learns the name.
     */
    public Team channel(String workspaceId, String channelId, String channelName) {
        var name = Names.usable(channelName).or(() -> names.channelName(workspaceId, channelId)).map(n -> "#" + n).orElse(channelId);
        return teams.ensure(TeamKey.channel(workspaceId, channelId), name);
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
