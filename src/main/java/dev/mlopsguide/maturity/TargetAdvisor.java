package dev.mlopsguide.maturity;

import java.util.ArrayList;
import java.util.List;

/** Maps a team profile to its target level through the ordered rules of targets.yml. */
public final class TargetAdvisor {

    private final List<TargetRule> rules;

    public TargetAdvisor(List<TargetRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Target advise(TeamProfile profile) {
        var matched = new ArrayList<TargetRule>();
        for (var rule : rules) {
            if (rule.matches(profile)) {
                matched.add(rule);
                if (rule.stop()) {
                    break;
                }
            }
        }
        int level = matched.stream().map(TargetRule::level)
                .filter(l -> l.isPresent()).mapToInt(l -> l.getAsInt()).max().orElse(Level.LOWEST);
        var reasons = matched.stream()
                .filter(r -> r.level().isPresent() && r.level().getAsInt() == level).map(TargetRule::text).toList();
        var notes = new ArrayList<String>();
        profile.contradictions().forEach(c -> notes.add("Check the profile: " + c));
        matched.stream().filter(r -> r.level().isEmpty()).map(TargetRule::text).forEach(notes::add);
        var steps = matched.stream().flatMap(r -> r.nextSteps().stream()).distinct().toList();
        return new Target(level, reasons, notes, steps);
    }
}
