package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.ProfileChoice;
import dev.mlopsguide.maturity.ProfileField;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.FormInputs;
import dev.mlopsguide.slack.blocks.ProfileViews;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.Profiles;
import dev.mlopsguide.store.StoredProfile;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
import java.util.HashMap;
import java.util.Optional;

/** The team profile as a modal: SLAs, models and cadence in, the target level and its reasons out. */
public final class ProfileModal {

    private final Assessor assessor;
    private final SignedText signer;
    private final SlackCalls calls;
    private final TeamDirectory teams;
    private final Profiles profiles;
    private final TeamResults results;

    public ProfileModal(Assessor assessor, SignedText signer, SlackCalls calls, TeamDirectory teams, Profiles profiles,
                        TeamResults results) {
        this.assessor = assessor;
        this.signer = signer;
        this.calls = calls;
        this.teams = teams;
        this.profiles = profiles;
        this.results = results;
    }

    /** Opens the form for the channel's team, filled in with its saved profile, within the trigger's three seconds. */
    public void open(MethodsClient client, String triggerId, String workspaceId, String channelId, String channelName) {
        var team = teams.channel(workspaceId, channelId, channelName);
        var current = profiles.find(team.id()).map(StoredProfile::profile);
        // The questionnaire's serving question offers the same choices as the profile's field of that id.
        var assessedServing = results.latest(team).flatMap(latest -> latest.record().answers()
                .optionOf(ProfileField.SERVING.key())).flatMap(option -> ProfileChoice.fromId(ServingMode.class, option));
        // Before a profile is saved, the serving mode the assessment answered is not asked again: it travels signed
        // with the channel (channel~serving).
        var notAsked = current.isEmpty() ? assessedServing : Optional.<ServingMode>empty();
        var view = ProfileViews.form(current, notAsked,
                signer.signFor(workspaceId, channelId + "~" + notAsked.map(ServingMode::id).orElse("")));
        calls.openView(client, triggerId, view);
    }

    /** "Save": checks the form, saves the profile for the channel's team, and shows the target level it sets. */
    public ModalReply submit(String workspaceId, String userId, View view) {
        var signed = signer.verifyFor(workspaceId, view.getPrivateMetadata()).map(text -> text.split("~", -1));
        var channelId = signed.map(parts -> parts[0]);
        var assessedServing = signed.filter(parts -> parts.length > 1)
                .flatMap(parts -> ProfileChoice.fromId(ServingMode.class, parts[1]));
        if (channelId.isEmpty()) {
            return new ModalReply.Update(AssessmentViews.problem(
                    "This form could not be verified, so nothing was saved. Open it again with /mlops-assess profile."));
        }
        var state = view.getState();
        var errors = new HashMap<String, String>();
        var models = number(state, ProfileViews.MODELS).filter(n -> n >= 0 && n == Math.rint(n) && n < 1_000_000);
        if (models.isEmpty()) {
            errors.put(ProfileViews.MODELS, "Type a whole number, for example 3.");
        }
        var availabilityText = text(state, ProfileViews.AVAILABILITY);
        var availability = availabilityText.isEmpty() ? Optional.<Double>empty()
                : number(state, ProfileViews.AVAILABILITY).filter(a -> a > 0 && a <= 100);
        if (availabilityText.isPresent() && availability.isEmpty()) {
            errors.put(ProfileViews.AVAILABILITY, "Type a percentage such as 99.9, or leave it empty.");
        }
        var stage = choice(state, ProfileViews.STAGE, Stage.class);
        var retraining = choice(state, ProfileViews.RETRAINING, RetrainingCadence.class);
        var serving = choice(state, ProfileViews.SERVING, ServingMode.class).or(() -> assessedServing);
        stage.ifPresentOrElse(s -> { }, () -> errors.put(ProfileViews.STAGE, "Choose one."));
        retraining.ifPresentOrElse(s -> { }, () -> errors.put(ProfileViews.RETRAINING, "Choose one."));
        serving.ifPresentOrElse(s -> { }, () -> errors.put(ProfileViews.SERVING, "Choose one."));
        if (!errors.isEmpty()) {
            return new ModalReply.Errors(errors);
        }
        var profile = new TeamProfile(stage.get(), models.get().intValue(), retraining.get(), serving.get(),
                availability.orElse(null), choice(state, ProfileViews.REGULATION, Regulation.class).orElse(Regulation.NONE));
        var team = teams.channel(workspaceId, channelId.get(), null);
        profiles.save(team.id(), profile, userId);
        var target = assessor.target(profile);
        return new ModalReply.Update(ProfileViews.saved(target, assessor.content().level(target.level())));
    }

    private static Optional<String> text(ViewState state, String block) {
        return FormInputs.value(state, block).map(ViewState.Value::getValue).map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private static Optional<Double> number(ViewState state, String block) {
        return text(state, block).flatMap(t -> {
            try {
                return Optional.of(Double.parseDouble(t.replace("%", "").strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> selected(ViewState state, String block) {
        return FormInputs.value(state, block).map(ViewState.Value::getSelectedOption)
                .map(ViewState.SelectedOption::getValue);
    }

    private static <E extends Enum<E> & ProfileChoice> Optional<E> choice(ViewState state, String block, Class<E> type) {
        return selected(state, block).flatMap(id -> ProfileChoice.fromId(type, id));
    }
}
