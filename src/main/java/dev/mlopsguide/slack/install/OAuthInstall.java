package dev.mlopsguide.slack.install;

import com.slack.api.bolt.App;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.store.OAuthStates;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installing the app in a workspace through OAuth: the install page at {@link AppServer#INSTALL_PATH}, whose button
 * starts the installation at {@link AppServer#INSTALL_START_PATH} (only then is a state made), states kept in the
 * database (one use each, ten minutes), and a page after Slack's redirect that says what happened and what to do
 * next. Bolt runs the flow and calls {@code oauth.v2.access}; the installation itself goes to
 * {@link DatabaseInstallationService}.
 */
public final class OAuthInstall implements OAuthRedirectUriPageRenderer, OAuthStateService {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthInstall.class);
    private static final String TRY_AGAIN = "<p><a class=\"button\" href=\"" + AppServer.INSTALL_PATH
            + "\">Start the installation again</a></p>";

    private final OAuthStates states;

    public OAuthInstall(OAuthStates states) {
        this.states = states;
    }

    public void register(App app) {
        app.service((OAuthStateService) this);
        app.oauthCallbackError((req, resp) -> {
            var error = req.getPayload().getError();
            LOG.info("An installation was not completed: {}", error);
            return page(resp, 200, "access_denied".equals(error)
                    ? failure("Installation cancelled", "You chose not to install MLOps Guide. Nothing was installed.")
                    : failure("Installation not completed", "Slack ended the installation with <code>" + html(error)
                    + "</code>. Nothing was installed."));
        });
        app.oauthCallbackStateError((req, resp) -> {
            LOG.info("Refused an OAuth redirect whose state was missing, expired, used already or from another browser");
            return page(resp, 400, failure("This installation link has expired", "Each installation link works once,"
                    + " for ten minutes, in the browser that opened it. Nothing was installed."));
        });
        app.oauthCallbackAccessError((OAuthCallbackRequest req, Response resp, OAuthV2AccessResponse access) -> {
            LOG.warn("Slack refused to complete an installation: {}", access.getError());
            return page(resp, 400, failure("Slack refused the installation", "Slack answered <code>"
                    + html(access.getError()) + "</code>. Nothing was installed."));
        });
        app.oauthCallbackException((req, resp, e) -> {
            LOG.error("An installation failed", e);
            return page(resp, 500, failure("The installation failed", "Something went wrong on our side, and nothing "
                    + "was installed. Please try again in a minute."));
        });
    }

    /** The install page: what the app does, and the button that starts the installation. */
    public static String page() {
        return document("Install MLOps Guide", "<h1>Install MLOps Guide</h1>"
                + "<p>MLOps Guide assesses your ML team's MLOps maturity in Slack, recommends the level that fits your "
                + "SLAs, and answers MLOps questions. Slack will ask you to pick a workspace and approve what the app "
                + "may do.</p><p><a class=\"button\" href=\"" + AppServer.INSTALL_START_PATH + "\">Add to Slack</a></p>");
    }

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        var team = installer.getTeamId() == null ? installer.getEnterpriseId() : installer.getTeamId();
        return document("MLOps Guide is installed", "<h1>MLOps Guide is installed</h1>"
                + "<p>Open Slack and type <code>/mlops-assess</code> in a channel to assess your team, or open the "
                + "app's Home tab.</p><p><a class=\"button\" href=\"slack://open?team=" + html(team)
                + "\">Open Slack</a></p>");
    }

    /** Bolt's page for an installation that could not be stored; the reason stays in the log. */
    @Override
    public String renderFailurePage(String installPath, String reason) {
        return failure("The installation could not be saved", "Slack approved the installation but we could not "
                + "save it, so the app will not work yet. Please try again in a minute.");
    }

    @Override
    public void addNewStateToDatastore(String state) {
        states.issue(state, Duration.ofSeconds(getExpirationInSeconds()));
    }

    /** Validating a state uses it up, so a replayed redirect is refused even while the first one is running. */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return states.claim(state);
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        states.claim(state);
    }

    private static String failure(String title, String explanation) {
        return document(title, "<h1>" + title + "</h1><p>" + explanation + "</p>" + TRY_AGAIN);
    }

    private static Response page(Response response, int status, String html) {
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(html);
        return response;
    }

    private static String document(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d1c1d}"
                + "h1{font-size:1.6rem}.button{display:inline-block;background:#1d3b53;color:#fff;padding:.6rem 1.2rem;"
                + "border-radius:6px;text-decoration:none}code{background:#f4f4f4;padding:0 .2rem}</style></head><body>"
                + body + "</body></html>";
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
