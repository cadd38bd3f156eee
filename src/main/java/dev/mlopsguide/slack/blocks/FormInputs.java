package dev.mlopsguide.slack.blocks;

import com.slack.api.model.view.ViewState;
import java.util.Optional;

/** The inputs of the app's forms: each input block holds one element, under the same action id in every form. */
public final class FormInputs {

    /** The action id of every form input's element. */
    public static final String ACTION = "value";

    private FormInputs() {
    }

    /** What a submitted form holds in {@code block}, if anything. */
    public static Optional<ViewState.Value> value(ViewState state, String block) {
        return Optional.ofNullable(state).map(ViewState::getValues).map(values -> values.get(block))
                .map(b -> b.get(ACTION));
    }
}
