package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.ViewState;
import dev.mlopsguide.maturity.ProfileChoice;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.ProfileViews;
import dev.mlopsguide.store.StoredProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The team profile as a modal: SLAs, models and cadence in, the target level and its reasons out. */
public final class ProfileModal {

    private final Guide guide;

    public ProfileModal(Guide guide) {
        this.guide = guide;
    }

    public void register(App app) {
        app.viewSubmission(ProfileViews.CALLBACK_ID, this::submit);
    }

    /** Opens the form for the channel's team, filled in with its saved profile. Called before the ack. */
    public void open(MethodsClient client, String triggerId, String workspaceId, String channelId, String channelName) {
        var team = guide.channelTeam(workspaceId, channelId, channelName);
        var current = guide.store().profiles().find(team.id()).map(StoredProfile::profile);
        var view = ProfileViews.form(current, guide.signer().sign(channelId));
        guide.calls().call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    private Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var view = req.getPayload().getView();
        var channelId = guide.signer().verify(view.getPrivateMetadata());
        if (channelId.isEmpty()) {
            return ctx.ackWithUpdate(AssessmentViews.problem(
                    "This form could not be verified, so nothing was saved. Open it again with /mlops-assess profile."));
        }
        var values = view.getState().getValues();
        var errors = new HashMap<String, String>();
        var models = number(values, ProfileViews.MODELS).filter(n -> n >= 0 && n == Math.rint(n) && n < 1_000_000);
        if (models.isEmpty()) {
            errors.put(ProfileViews.MODELS, "Type a whole number, for example 3.");
        }
        var availabilityText = text(values, ProfileViews.AVAILABILITY);
        var availability = availabilityText.isEmpty() ? Optional.<Double>empty()
                : number(values, ProfileViews.AVAILABILITY).filter(a -> a > 0 && a <= 100);
        if (availabilityText.isPresent() && availability.isEmpty()) {
            errors.put(ProfileViews.AVAILABILITY, "Type a percentage such as 99.9, or leave it empty.");
        }
        var stage = choice(values, ProfileViews.STAGE, Stage.class);
        var retraining = choice(values, ProfileViews.RETRAINING, RetrainingCadence.class);
        var serving = choice(values, ProfileViews.SERVING, ServingMode.class);
        stage.ifPresentOrElse(s -> { }, () -> errors.put(ProfileViews.STAGE, "Choose one."));
        retraining.ifPresentOrElse(s -> { }, () -> errors.put(ProfileViews.RETRAINING, "Choose one."));
        serving.ifPresentOrElse(s -> { }, () -> errors.put(ProfileViews.SERVING, "Choose one."));
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        var profile = new TeamProfile(stage.get(), models.get().intValue(), retraining.get(), serving.get(),
                availability.orElse(null), selected(values, ProfileViews.REGULATED).map(Boolean::parseBoolean).orElse(false));
        var team = guide.channelTeam(ctx.getTeamId(), channelId.get(), null);
        guide.store().profiles().save(team.id(), profile, ctx.getRequestUserId());
        var target = guide.assessor().target(profile);
        return ctx.ackWithUpdate(ProfileViews.saved(target, guide.content().level(target.level())));
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(b -> b.get(ProfileViews.VALUE_ACTION));
    }

    private static Optional<String> text(Map<String, Map<String, ViewState.Value>> values, String block) {
        return value(values, block).map(ViewState.Value::getValue).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Double> number(Map<String, Map<String, ViewState.Value>> values, String block) {
        return text(values, block).flatMap(t -> {
            try {
                return Optional.of(Double.parseDouble(t.replace("%", "").strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> selected(Map<String, Map<String, ViewState.Value>> values, String block) {
        return value(values, block).map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue);
    }

    private static <E extends Enum<E> & ProfileChoice> Optional<E> choice(
            Map<String, Map<String, ViewState.Value>> values, String block, Class<E> type) {
        return selected(values, block).flatMap(id -> ProfileChoice.fromId(type, id));
    }
}
