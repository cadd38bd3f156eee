package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /mlops-assess}: reads the subcommand and hands the command to it; a failure is said in words. */
public final class MlopsAssessCommand implements SlashCommandHandler {

    public static final String COMMAND = "/mlops-assess";
    /** What a person reads when the database cannot be reached. */
    static final String DATABASE_AWAY = "I can't reach my database right now, so I can't do that. Please try again in "
            + "a minute.";
    private static final Logger LOG = LoggerFactory.getLogger(MlopsAssessCommand.class);

    private final Map<CommandText.Kind, Subcommand> subcommands;

    MlopsAssessCommand(Map<CommandText.Kind, Subcommand> subcommands) {
        this.subcommands = new EnumMap<>(subcommands);
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        var command = req.getPayload();
        var text = CommandText.parse(command.getText());
        try {
            return subcommands.get(text.kind()).handle(text.argument(), command, ctx);
        } catch (DatabaseUnavailableException e) {
            LOG.error("/mlops-assess failed: {}", e.getMessage());
            return ctx.ack(DATABASE_AWAY);
        } catch (RuntimeException e) {
            LOG.error("/mlops-assess failed", e);
            return ctx.ack("Something went wrong on my side; the people running MLOps Guide will find it in the logs.");
        }
    }
}
