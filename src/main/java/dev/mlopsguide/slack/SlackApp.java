package dev.mlopsguide.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.server.AppServer;
import java.util.Optional;

/**
 * Builds the Bolt app: its configuration (one workspace, or OAuth distribution), request metrics, the event
 * deduplication, and every feature's listeners. Wiring only.
 */
public final class SlackApp {

    private SlackApp() {
    }

    /** A Slack client for the Web API at the settings' URL, never through a proxy from the environment. */
    public static Slack slack(SlackSettings settings) {
        return slack(settings.apiUrl());
    }

    public static Slack slack(String apiUrl) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setProxyUrl(null);
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    /** {@code installations} is present exactly when the settings distribute the app. */
    public static App build(SlackSettings settings, Guide guide, DigestSettings digests,
                            Optional<DatabaseInstallationService> installations) {
        var builder = AppConfig.builder().slack(slack(settings)).signingSecret(settings.signingSecret());
        App app;
        if (settings.distribution().isPresent()) {
            var install = new OAuthInstall(guide.store().oauthStates());
            app = new App(distributed(builder, settings.distribution().get(), install)).asOAuthApp(true);
            app.service(installations.orElseThrow());
            install.register(app);
        } else {
            // Explicitly not distributed, whatever SLACK_CLIENT_ID Bolt would read from the environment.
            app = new App(builder.singleTeamBotToken(settings.botToken().orElseThrow()).clientId(null).clientSecret(null)
                    .build());
        }
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
        new Installation(guide.store().workspaceData(), installations, settings.uninstallGrace()).register(app);
        return app;
    }

    private static AppConfig distributed(AppConfig.AppConfigBuilder builder, Distribution distribution,
                                         OAuthInstall install) {
        var config = builder.clientId(distribution.clientId()).clientSecret(distribution.clientSecret())
                .redirectUri(distribution.redirectUri().orElse(null)).scope(String.join(",", distribution.scopes()))
                .userScope(null).oAuthInstallPageRenderer(install).oAuthRedirectUriPageRenderer(install)
                // One auth.test per token every 10 minutes, not one per request.
                .authTestCacheEnabled(true)
                .build();
        // Full paths with no app path; the setters also switch the two routes on.
        config.setOauthInstallPath(AppServer.INSTALL_PATH);
        config.setOauthRedirectUriPath(AppServer.REDIRECT_PATH);
        return config;
    }
}
