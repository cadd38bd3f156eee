package dev.mlopsguide.slack.webapi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once, at ERROR, when Slack refuses the app for a reason only a workspace admin can fix (its token refused, a
 * permission missing): Slack then offers no way to reach the installer, so the people who run the app are told,
 * while each person who asked is told in words by the flow that failed.
 */
final class AdminRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(AdminRefusals.class);

    private final Set<String> told = ConcurrentHashMap.newKeySet();

    /** A call ended with {@code outcome}: Slack's error code, {@code ok}, or the failure's kind. */
    void finished(String method, String outcome) {
        if (SlackCallException.needsAdmin(outcome) && told.add(outcome)) {
            LOG.error("Slack refuses MLOps Guide ({} on {}): only a workspace admin can fix this, by reinstalling the "
                    + "app (Apps > MLOps Guide > Reinstall, or the install page for a distributed app); people who "
                    + "ask are told so. Said once.", outcome, method);
        }
    }
}
