package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;
import static dev.mlopsguide.slack.blocks.Mrkdwn.user;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.RadioButtonsElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.report.Wording;
import dev.mlopsguide.steps.AdoptedStep;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Next steps a team adopts: the button under a recommended step, the form that gives it an owner and a due date,
 * the team's list with a status menu each, the message when one is adopted or done, and the one-question form that
 * re-answers what a done step changed.
 */
public final class StepBlocks {

    public static final String ADOPT_ACTION = "step_adopt";
    public static final String STATUS_ACTION = "step_status";
    public static final String REANSWER_ACTION = "step_reanswer";
    public static final String ADOPT_CALLBACK = "step_adopt_form";
    public static final String REANSWER_CALLBACK = "step_reanswer_form";
    public static final String OWNER_BLOCK = "owner";
    public static final String DUE_BLOCK = "due";
    public static final String ANSWER_BLOCK = "answer";

    private StepBlocks() {
    }

    /** What an "Adopt" button names: the team's channel, the step, and the question it lifts (if any). */
    public record Adoptable(String channelId, String stepId, Optional<String> questionId) {
        public String value() {
            return channelId + " " + stepId + questionId.map(q -> " " + q).orElse("");
        }

        public static Optional<Adoptable> parse(String value) {
            var parts = value == null ? new String[0] : value.split(" ");
            return parts.length == 2 || parts.length == 3 ? Optional.of(new Adoptable(parts[0], parts[1],
                    parts.length == 3 ? Optional.of(parts[2]) : Optional.empty())) : Optional.empty();
        }
    }

    /** The "Adopt" button beside a recommended step. */
    public static ButtonElement adoptButton(Adoptable step) {
        return BlockList.button("Adopt", ADOPT_ACTION, step.value());
    }

    /** The form that adopts a step: who owns it and by when. */
    public static View adoptForm(NextStep step, String metadata, String owner, LocalDate due) {
        var blocks = new BlockList()
                .section("*" + escape(step.title()) + "*\n" + escape(step.why()) + "\n_How:_ " + escape(step.how()))
                .add(InputBlock.builder().blockId(OWNER_BLOCK).label(plainText("Owner"))
                        .element(UsersSelectElement.builder().actionId(FormInputs.ACTION).initialUser(owner).build()).build())
                .add(InputBlock.builder().blockId(DUE_BLOCK).label(plainText("Due"))
                        .element(DatePickerElement.builder().actionId(FormInputs.ACTION).initialDate(due.toString()).build())
                        .build())
                .context("The team's channel hears of it; the weekly digest and the App Home follow it until it is done.")
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(ADOPT_CALLBACK).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text("Adopt a next step")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Adopt")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    /** The owner and due date chosen in the form, when both are there. */
    public static Optional<String> owner(ViewState state) {
        return FormInputs.value(state, OWNER_BLOCK).map(ViewState.Value::getSelectedUser);
    }

    public static Optional<LocalDate> due(ViewState state) {
        return FormInputs.value(state, DUE_BLOCK).map(ViewState.Value::getSelectedDate).map(LocalDate::parse);
    }

    /** The option chosen in the re-answer form. */
    public static Optional<String> answer(ViewState state) {
        return FormInputs.value(state, ANSWER_BLOCK).map(ViewState.Value::getSelectedOption).map(o -> o.getValue());
    }

    /** The modal's last view once a step is adopted. */
    public static View adopted(NextStep step, String owner, LocalDate due) {
        return done("Adopt a next step", ":white_check_mark: *" + escape(step.title()) + "* is adopted: " + user(owner)
                + " owns it, due " + Wording.day(due) + ". It is on the App Home and in `/mlops-assess steps`; a first "
                + "adoption is told in the team's channel.");
    }

    /** The message in the team's channel when a step is adopted (with its issue, if one was created). */
    public static String adoptedMessage(NextStep step, AdoptedStep adopted, Optional<String> issue) {
        return ":dart: " + user(adopted.adoptedBy()) + " adopted a next step: *" + escape(step.title()) + "*, owned by "
                + user(adopted.ownerId()) + ", due " + Wording.day(adopted.dueOn()) + "."
                + issue.map(url -> " Tracked in " + Mrkdwn.link(url, "its issue") + ".").orElse("")
                + " Its status is on the App Home and in `/mlops-assess steps`.";
    }

    /** The team's adopted steps, with a status menu each: for the App Home and {@code /mlops-assess steps}. */
    public static List<LayoutBlock> list(String teamChannel, List<Listed> steps, LocalDate today, Surface surface) {
        var list = new BlockList().section("*Adopted next steps of " + Mrkdwn.channel(teamChannel) + "*  "
                + (steps.isEmpty() ? "None yet: press *Adopt* beside a next step to give it an owner and a due date."
                : escape(AdoptedStep.progress(steps.stream().map(Listed::adopted).toList(), today))));
        for (var step : steps) {
            var adopted = step.adopted();
            var text = "*" + escape(step.title()) + "*\n" + user(adopted.ownerId()) + " · due " + Wording.day(adopted.dueOn())
                    + (adopted.isOverdue(today) ? " · :warning: overdue" : "")
                    + adopted.issueUrl().map(url -> " · " + Mrkdwn.link(url, "issue")).orElse("");
            list.section(text, statusMenu(adopted));
        }
        return list.build(surface, "");
    }

    /** A step as listed: the adoption and the catalogue's title of its step. */
    public record Listed(AdoptedStep adopted, String title) {
    }

    /** The message in the team's channel when a step is done: does it change an answer? */
    public static List<LayoutBlock> doneMessage(String doneBy, String title, Optional<Question> question, String value) {
        var list = new BlockList().section(":tada: " + user(doneBy) + " marked *" + escape(title) + "* done."
                + question.map(q -> "\nDoes it change the team's answer to _" + escape(q.text()) + "_?").orElse(""));
        question.ifPresent(q -> list.actions("reanswer", List.of(BlockList.primaryButton("Re-answer this question",
                REANSWER_ACTION, value))));
        return list.build(Surface.MESSAGE, "");
    }

    /** The form that re-answers one question, its current answer chosen. */
    public static View reanswerForm(Question question, Optional<String> current, String metadata) {
        var options = question.options().stream().map(o -> OptionObject.builder().text(plainText(BlockList.truncate(
                o.label(), BlockList.BUTTON_TEXT))).value(o.id()).build()).toList();
        var radios = RadioButtonsElement.builder().actionId(FormInputs.ACTION).options(options);
        current.flatMap(id -> options.stream().filter(o -> o.getValue().equals(id)).findFirst())
                .ifPresent(radios::initialOption);
        var blocks = new BlockList().section("*" + escape(question.text()) + "*")
                .add(InputBlock.builder().blockId(ANSWER_BLOCK).label(plainText("The team's answer now"))
                        .element(radios.build()).build())
                .context("The other answers stay as the team's latest assessment has them; the result is recorded as "
                        + "a new assessment.")
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(REANSWER_CALLBACK).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text("Re-answer")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Record")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    /** The re-answer form's last view: the level before and after. */
    public static View reanswered(int before, int after, String levelName) {
        return done("Re-answer", after == before ? "Recorded. The team stays at *level " + after + " · "
                + escape(levelName) + "*." : ":chart_with_upwards_trend: Recorded. The team moves from level " + before
                + " to *level " + after + " · " + escape(levelName) + "*.");
    }

    private static View done(String title, String text) {
        return View.builder().type("modal").title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(new BlockList().section(text).build(Surface.MODAL, "")).build();
    }

    private static StaticSelectElement statusMenu(AdoptedStep step) {
        var options = Arrays.stream(AdoptedStep.Status.values()).map(status -> OptionObject.builder()
                .text(plainText(status.id().substring(0, 1).toUpperCase(Locale.ROOT) + status.id().substring(1)))
                .value(step.id() + " " + status.id()).build()).toList();
        var current = options.get(step.status().ordinal());
        return StaticSelectElement.builder().actionId(STATUS_ACTION).options(options).initialOption(current).build();
    }


}
