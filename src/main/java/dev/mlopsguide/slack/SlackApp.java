package dev.mlopsguide.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mlopsguide.config.SlackSettings;

/**
 * Builds the Bolt app: its configuration, request metrics, the event deduplication, and every feature's listeners.
 * Wiring only.
 */
public final class SlackApp {

    private SlackApp() {
    }

    /** A Slack client for the Web API at the settings' URL, never through a proxy from the environment. */
    public static Slack slack(SlackSettings settings) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setProxyUrl(null);
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    public static App build(SlackSettings settings, Guide guide, DigestSettings digests) {
        var config = AppConfig.builder()
                .slack(slack(settings))
                .signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken())
                .build();
        var app = new App(config);
        app.use(new RequestMetrics(guide.metrics()));
        app.use(new EventDeduplication(guide.store().processedEvents()));

        var sharing = new ResultSharing(guide);
        var modal = new AssessmentModal(guide, sharing);
        var thread = new ChannelAssessment(guide);
        var profile = new ProfileModal(guide);
        var questions = new QuestionAnswering(guide);
        new AssessCommand(guide, modal, thread, profile, new TeamReplies(guide), questions, digests).register(app);
        modal.register(app);
        sharing.register(app);
        thread.register(app);
        profile.register(app);
        new HomeTab(guide, modal, profile, digests).register(app);
        questions.register(app);
        new Installation().register(app);
        return app;
    }
}
