package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.QuestionAnswering;

/** {@code /mlops-assess ask <question>}: the answer, in the ack. */
final class AskQuestion implements Subcommand {

    private final QuestionAnswering questions;

    AskQuestion(QuestionAnswering questions) {
        this.questions = questions;
    }

    @Override
    public Response handle(String question, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.ephemeral(ctx, questions.answer(command.getTeamId(), command.getChannelId(), command.getUserId(),
                question));
    }
}
