package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.RadioButtonsElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import dev.mlopsguide.maturity.Level;
import dev.mlopsguide.maturity.ProfileChoice;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.Target;
import dev.mlopsguide.maturity.TeamProfile;
import java.util.Arrays;
import java.util.Optional;

/** The team profile modal, and the view that shows the target level it sets. */
public final class ProfileViews {

    public static final String CALLBACK_ID = "profile";
    public static final String STAGE = "stage";
    public static final String MODELS = "models";
    public static final String RETRAINING = "retraining";
    public static final String SERVING = "serving";
    public static final String AVAILABILITY = "availability";
    public static final String REGULATION = "regulation";
    private static final String TITLE = "Team profile";
    // What each term means, under its field: the target follows from these words, so they must mean one thing.
    private static final String STAGE_HINT = "Proof of concept: nobody relies on its predictions yet. In production: "
            + "people or systems use them. Business-critical: wrong or missing predictions cost money, customers or "
            + "compliance within hours.";
    private static final String MODELS_HINT = "Every model whose predictions someone uses; versions of one model count "
            + "once.";
    private static final String RETRAINING_HINT = "How often a model must learn from new data to stay good enough, "
            + "whatever you do today. Rarely: twice a year or less.";
    private static final String SERVING_HINT = "Batch: computed on a schedule and stored. Online: an API answers each "
            + "request. Streaming: events are scored as they arrive.";
    private static final String AVAILABILITY_HINT = "The uptime promised for the predictions: 99.9 % allows about 43 "
            + "minutes of downtime a month. Leave it empty when nothing is promised.";
    private static final String REGULATION_HINT = "Light: an internal risk policy reviews it. Strict: a regulator or a "
            + "law does (credit, hiring, health, insurance ...). Either keeps a recorded human approval in its release.";

    private ProfileViews() {
    }

    /**
     * The form, filled in with the saved profile; {@code notAsked}, the serving mode the team's assessment answered
     * (when no profile is saved yet), is said instead of asked, and travels in the signed metadata.
     */
    public static View form(Optional<TeamProfile> current, Optional<ServingMode> notAsked, String metadata) {
        var list = new BlockList()
                .section("Your profile sets the maturity level that fits your team. More automation is not always "
                        + "better: it costs time to build and run.")
                .add(input(STAGE, "Where is your most important model?", STAGE_HINT,
                        choice(Stage.class, current.map(TeamProfile::stage)), false))
                .add(input(MODELS, "How many models run in production?", MODELS_HINT,
                        text(current.map(p -> String.valueOf(p.modelsInProduction())), "3"), false))
                .add(input(RETRAINING, "How often must they be retrained?", RETRAINING_HINT,
                        choice(RetrainingCadence.class, current.map(TeamProfile::retraining)), false));
        if (notAsked.isEmpty()) {
            list.add(input(SERVING, "How are predictions served?", SERVING_HINT,
                    choice(ServingMode.class, current.map(TeamProfile::serving)), false));
        } else {
            list.context("Predictions are served: *" + escape(notAsked.get().label())
                    + "*, as your team answered in its assessment.");
        }
        var blocks = list.add(input(AVAILABILITY, "Availability SLA, in percent", AVAILABILITY_HINT,
                        text(current.map(TeamProfile::availability).map(ProfileViews::percent), "99.9"), true))
                .add(input(REGULATION, "Does a law, a regulator or a risk policy review it?", REGULATION_HINT,
                        regulation(current.map(TeamProfile::regulation)), false))
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    public static View saved(Target target, Level level) {
        var text = new StringBuilder("Saved. The level that fits your team: *" + level.number() + " · "
                + escape(level.name()) + "*");
        target.reasons().forEach(r -> text.append("\n• ").append(escape(r)));
        target.notes().forEach(n -> text.append("\n• _Note:_ ").append(escape(n)));
        var blocks = new BlockList().section(text.toString())
                .context("Run `/mlops-assess` to see how far your team is from it, and what to do next.")
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(CALLBACK_ID + "_saved")
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(blocks).build();
    }

    private static InputBlock input(String blockId, String label, String hint, BlockElement element, boolean optional) {
        return InputBlock.builder().blockId(blockId).label(plainText(label)).hint(plainText(hint)).element(element)
                .optional(optional).build();
    }

    private static <E extends Enum<E> & ProfileChoice> StaticSelectElement choice(Class<E> type, Optional<E> current) {
        var options = Arrays.stream(type.getEnumConstants()).map(ProfileViews::option).toList();
        var select = StaticSelectElement.builder().actionId(FormInputs.ACTION).placeholder(plainText("Choose")).options(options);
        current.map(ProfileViews::option).ifPresent(select::initialOption);
        return select.build();
    }

    private static OptionObject option(ProfileChoice choice) {
        return OptionObject.builder().text(plainText(choice.label())).value(choice.id()).build();
    }

    private static PlainTextInputElement text(Optional<String> current, String example) {
        var input = PlainTextInputElement.builder().actionId(FormInputs.ACTION).placeholder(plainText("e.g. " + example));
        current.ifPresent(input::initialValue);
        return input.build();
    }

    private static RadioButtonsElement regulation(Optional<Regulation> current) {
        var options = Arrays.stream(Regulation.values()).map(ProfileViews::option).toList();
        return RadioButtonsElement.builder().actionId(FormInputs.ACTION).options(options)
                .initialOption(option(current.orElse(Regulation.NONE))).build();
    }

    private static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
