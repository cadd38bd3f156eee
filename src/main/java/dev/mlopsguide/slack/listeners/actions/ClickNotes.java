package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.webapi.Respond;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.util.Optional;
import java.util.function.Supplier;

/** Clicks whose work is recorded before the ack: what could not be done is told to the presser after it. */
final class ClickNotes {

    private ClickNotes() {
    }

    /**
     * Runs {@code recording}; the note it returns, or {@code whenDatabaseDown} if the database cannot be reached, is
     * sent to the presser once the click is acknowledged.
     */
    static void tellLater(BackgroundWork work, ActionContext ctx, String whenDatabaseDown,
                          Supplier<Optional<String>> recording) {
        Optional<String> note;
        try {
            note = recording.get();
        } catch (DatabaseUnavailableException e) {
            note = Optional.of(whenDatabaseDown);
        }
        note.ifPresent(text -> work.submit("tell the presser why a click did nothing",
                () -> Respond.ephemeral(ctx, text, false)));
    }

    /** As {@link #tellLater}, for a click that opens a form before its ack: Slack not opening it is told too. */
    static void openingForm(BackgroundWork work, ActionContext ctx, Supplier<Optional<String>> opening) {
        tellLater(work, ctx, "I could not open the form: my database is unavailable right now. Please try again in "
                + "a minute.", () -> {
                    try {
                        return opening.get();
                    } catch (SlackCallException e) {
                        return Optional.of("Slack did not open the form. " + SlackCallException.inWords(e));
                    }
                });
    }
}
