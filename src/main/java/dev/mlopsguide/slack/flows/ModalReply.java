package dev.mlopsguide.slack.flows;

import com.slack.api.model.view.View;
import java.util.Map;

/** What a modal's submission leads to, for the listener to acknowledge with. */
public sealed interface ModalReply {

    /** Replace the modal's view: the next step, the result, or a problem. */
    record Update(View view) implements ModalReply {
    }

    /** Keep the view, with these errors by block id (answers missing, or not saved). */
    record Errors(Map<String, String> errors) implements ModalReply {
    }
}
