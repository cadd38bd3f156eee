package dev.mlopsguide.slack.listeners.commands;

import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.team.DigestSchedules;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The arguments of {@code /mlops-assess digest on|off|preview [#channel] [weekday] [HH:MM]}. */
public record DigestArguments(Action action, Optional<String> channelId, DayOfWeek weekday, LocalTime time) {

    public enum Action { ON, OFF, PREVIEW }

    public static final String USAGE = "Use `/mlops-assess digest on [#channel] [weekday] [HH:MM]` (default: this "
            + "channel, Monday 09:00 in your time zone), `/mlops-assess digest off [#channel]` or `/mlops-assess digest preview`.";

    /** Arguments that could not be read, with what to do instead. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static DigestArguments parse(String arguments) throws Invalid {
        var words = arguments == null || arguments.isBlank() ? new String[0] : arguments.strip().split("\\s+");
        if (words.length == 0) {
            throw new Invalid("Say what to do with the digest. " + USAGE);
        }
        var action = switch (words[0].toLowerCase(Locale.ROOT)) {
            case "on", "subscribe" -> Action.ON;
            case "off", "unsubscribe", "stop" -> Action.OFF;
            case "preview" -> Action.PREVIEW;
            default -> throw new Invalid("I don't know " + Mrkdwn.code("digest " + words[0]) + ". " + USAGE);
        };
        Optional<String> channel = Optional.empty();
        var day = DigestSchedules.DEFAULT_DAY;
        var time = DigestSchedules.DEFAULT_TIME;
        for (var word : Arrays.copyOfRange(words, 1, words.length)) {
            var named = Mrkdwn.channelIn(word);
            if (named.isPresent()) {
                channel = named;
            } else if (weekday(word).isPresent()) {
                day = weekday(word).get();
            } else if (word.matches("\\d{1,2}:\\d{2}")) {
                try {
                    time = LocalTime.parse(word.length() == 4 ? "0" + word : word);
                } catch (DateTimeParseException e) {
                    throw new Invalid(Mrkdwn.code(word) + " is not a time of day; write it like 09:00 or 16:30.");
                }
            } else if (word.startsWith("#")) {
                throw new Invalid("Pick the channel from the list Slack offers as you type `#`, so that I get its id. " + USAGE);
            } else {
                throw new Invalid("I don't understand " + Mrkdwn.code(word) + ". " + USAGE);
            }
        }
        return new DigestArguments(action, channel, day, time);
    }

    private static Optional<DayOfWeek> weekday(String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> lower.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(lower))
                .findFirst();
    }
}
