package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The form that sends a team's weekly digest to a channel: which channel, which day, what time. */
public final class DigestViews {

    public static final String CALLBACK_ID = "digest_form";
    public static final String CHANNEL_BLOCK = "channel";
    public static final String DAY_BLOCK = "day";
    public static final String TIME_BLOCK = "time";

    private DigestViews() {
    }

    /** The form for {@code teamChannel}'s digest: that channel, {@code day} and {@code time} chosen to start with. */
    public static View form(String teamChannel, DayOfWeek day, LocalTime time, String metadata) {
        var days = Arrays.stream(DayOfWeek.values()).map(DigestViews::option).toList();
        var blocks = new BlockList()
                .section("The weekly digest of " + Mrkdwn.channel(teamChannel) + ": its level and target, what changed "
                        + "in the week, with a chart, and the next steps. The time is in your time zone.")
                .add(ChannelPicker.input(CHANNEL_BLOCK, "Send it to", Optional.of(teamChannel)))
                .add(InputBlock.builder().blockId(DAY_BLOCK).label(plainText("Every"))
                        .element(StaticSelectElement.builder().actionId(FormInputs.ACTION).options(days)
                                .initialOption(option(day)).build()).build())
                .add(InputBlock.builder().blockId(TIME_BLOCK).label(plainText("At"))
                        .element(TimePickerElement.builder().actionId(FormInputs.ACTION).initialTime(time.toString()).build())
                        .build())
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(CALLBACK_ID).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text("Weekly digest")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Send it weekly")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    /** What the form says after it was sent: the subscription is being made, and where it will be confirmed. */
    public static View accepted(String channel, DayOfWeek day, LocalTime time) {
        return View.builder().type("modal").callbackId(CALLBACK_ID + "_accepted")
                .title(viewTitle(t -> t.type("plain_text").text("Weekly digest")))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(new BlockList().section(":calendar: The digest goes to " + Mrkdwn.channel(channel) + " every "
                        + dayName(day) + " at " + time + ". The channel is told, and your App Home lists it with a "
                        + "button to stop it.").build(Surface.MODAL, "")).build();
    }

    public static Optional<String> channel(ViewState state) {
        return ChannelPicker.chosen(state, CHANNEL_BLOCK);
    }

    public static Optional<DayOfWeek> day(ViewState state) {
        return FormInputs.value(state, DAY_BLOCK).map(ViewState.Value::getSelectedOption)
                .map(ViewState.SelectedOption::getValue)
                .flatMap(id -> Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(id)).findFirst());
    }

    public static Optional<LocalTime> time(ViewState state) {
        return FormInputs.value(state, TIME_BLOCK).map(ViewState.Value::getSelectedTime).flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }


    private static OptionObject option(DayOfWeek day) {
        return OptionObject.builder().text(plainText(dayName(day))).value(day.name()).build();
    }
}
