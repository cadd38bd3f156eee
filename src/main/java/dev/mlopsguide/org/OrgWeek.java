package dev.mlopsguide.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed across the organisation in a week, for the weekly digest of every team: the teams whose level moved,
 * those that slipped (down a level, or newly below their target), the practices that now hold more teams back, and
 * the adopted steps that are late.
 */
public record OrgWeek(List<Move> moves, List<OrgRollUp.Row> slipped, List<OrgRollUp.SharedBlocker> newBlockers,
                      int teams, int overdueSteps) {

    /** A team's level a week ago (empty: not assessed then) and now. */
    public record Move(String team, Optional<Integer> before, int now) {
    }

    /** Compares the roll-up that stood a week ago with today's. */
    public static OrgWeek between(OrgRollUp before, OrgRollUp now) {
        Map<String, OrgRollUp.Row> earlier = before.rows().stream()
                .collect(Collectors.toMap(OrgRollUp.Row::team, Function.identity(), (a, b) -> a));
        var moves = new ArrayList<Move>();
        var slipped = new ArrayList<OrgRollUp.Row>();
        for (var row : now.rows()) {
            var was = Optional.ofNullable(earlier.get(row.team()));
            if (was.map(w -> w.level() != row.level()).orElse(true)) {
                moves.add(new Move(row.team(), was.map(OrgRollUp.Row::level), row.level()));
            }
            boolean down = was.map(w -> row.level() < w.level()).orElse(false);
            boolean newlyBelow = row.gap() > 0 && was.map(w -> w.gap() == 0).orElse(false);
            if (down || newlyBelow) {
                slipped.add(row);
            }
        }
        Map<String, Integer> heldBefore = before.blockers().stream()
                .collect(Collectors.toMap(b -> b.question().id(), b -> b.teams().size()));
        var newBlockers = now.blockers().stream()
                .filter(b -> b.teams().size() > heldBefore.getOrDefault(b.question().id(), 0)).toList();
        int overdue = now.rows().stream().mapToInt(OrgRollUp.Row::overdueSteps).sum();
        return new OrgWeek(List.copyOf(moves), List.copyOf(slipped), newBlockers, now.rows().size(), overdue);
    }

    /** Nothing to tell: no team moved, none slipped, no practice holds more teams back, no step is late. */
    public boolean isQuiet() {
        return moves.isEmpty() && slipped.isEmpty() && newBlockers.isEmpty() && overdueSteps == 0;
    }
}
