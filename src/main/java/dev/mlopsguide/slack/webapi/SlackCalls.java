package dev.mlopsguide.slack.webapi;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.view.View;
import dev.mlopsguide.metrics.Metrics;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Web API calls with bounded retries. The Slack SDK's synchronous client never retries and its asynchronous
 * one retries without end; this honours {@code Retry-After} on 429, backs off on 5xx and network errors, gives up
 * within the policy's limits, and turns {@code "ok": false} into a {@link SlackCallException}.
 */
public final class SlackCalls {

    private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);

    /** One Web API call, as the SDK's client methods are. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /** Looks for the effect of a call whose answer never came, so that it is not made twice. */
    @FunctionalInterface
    public interface Lookup<T> {
        /** What the call would have answered, had it answered, if it took effect; empty if it did not. */
        Optional<T> find();
    }

    /** Observes calls, for metrics. */
    public interface Observer {
        /** Slack asked to wait {@code wait} before the call is tried again. */
        void rateLimited(String method, Duration wait);

        /** The call ended, retries included: {@code outcome} is {@code ok}, Slack's error code, or the failure's kind. */
        void finished(String method, String outcome);
    }

    /** The error of a call that got no clear answer and cannot be looked for: it may or may not have taken effect. */
    public static final String IN_DOUBT = "no_clear_answer";

    private final RetryPolicy policy;
    private final Observer observer;

    public SlackCalls(RetryPolicy policy, Observer observer) {
        this.policy = policy;
        this.observer = observer;
    }

    /** The same calls, counted the same way, retried as {@code other} says (before an ack, say). */
    public SlackCalls withPolicy(RetryPolicy other) {
        return new SlackCalls(other, observer);
    }

    /**
     * Calls counted in the app's metrics (how many, their outcomes, and the waits Slack asked for), and a refusal
     * only an admin can fix said once in the log.
     */
    public static SlackCalls counted(RetryPolicy policy, Metrics metrics) {
        return new SlackCalls(policy, new SlackCallMetrics(metrics, new AdminRefusals()));
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        return call(method, call, null);
    }

    /**
     * A call that must not take effect twice, such as a post: after a failure that leaves it in doubt (no answer in
     * time, a broken connection, a 5xx) it is tried again only if {@code tookEffect} finds no trace of it. A 429 or
     * an error Slack answers with means it did not take effect.
     */
    public <T extends SlackApiTextResponse> T callOnce(String method, Call<T> call, Lookup<T> tookEffect) {
        return call(method, call, tookEffect);
    }

    /**
     * A call that must not take effect twice and whose effect cannot be looked for, such as opening a modal with a
     * trigger: it is tried again only after Slack refused it outright (429); after a failure that leaves it in doubt
     * it fails with {@link #IN_DOUBT}.
     */
    public <T extends SlackApiTextResponse> T callAtMostOnce(String method, Call<T> call) {
        return call(method, call, () -> {
            throw new SlackCallException(method, IN_DOUBT, null);
        });
    }

    /**
     * Opens a modal within its trigger's three seconds, before an ack: waits at most as long as an ack can, and is
     * tried again only after a quick 429, never once Slack may have opened it.
     */
    public void openView(MethodsClient client, String triggerId, View view) {
        withPolicy(RetryPolicy.beforeAck()).callAtMostOnce("views.open", () -> client.viewsOpen(r -> r
                .triggerId(triggerId).view(view)));
    }

    /** As {@link #openView}, for a modal pushed over the one the trigger came from. */
    public void pushView(MethodsClient client, String triggerId, View view) {
        withPolicy(RetryPolicy.beforeAck()).callAtMostOnce("views.push", () -> client.viewsPush(r -> r
                .triggerId(triggerId).view(view)));
    }

    private <T extends SlackApiTextResponse> T call(String method, Call<T> call, Lookup<T> tookEffect) {
        try {
            var response = withRetries(method, call, tookEffect);
            observer.finished(method, "ok");
            return response;
        } catch (SlackCallException e) {
            observer.finished(method, outcome(e));
            throw e;
        }
    }

    /** Slack's error codes are a small set; other failures are named by kind, not by their changing messages. */
    private static String outcome(SlackCallException e) {
        if (e.getCause() instanceof IOException) {
            return "network_error";
        }
        if (e.error().startsWith("HTTP ")) {
            return "http_" + e.error().substring("HTTP ".length());
        }
        return e.error().contains(" ") ? "failed" : e.error();
    }

    private <T extends SlackApiTextResponse> T withRetries(String method, Call<T> call, Lookup<T> tookEffect) {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            String reason;
            Duration wait;
            Exception failure;
            try {
                var response = call.run();
                if (response.isOk()) {
                    return response;
                }
                throw new SlackCallException(method, response.getError(), null);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                failure = e;
                if (status == 429) {
                    reason = "rate limited";
                    wait = Duration.ofSeconds(retryAfter(e));
                } else if (status >= 500) {
                    reason = "HTTP " + status;
                    wait = policy.backoff(attempt);
                } else {
                    throw new SlackCallException(method, errorOf(e, status), e);
                }
            } catch (IOException e) {
                failure = e;
                reason = "network error: " + e.getMessage();
                wait = policy.backoff(attempt);
            }
            if (tookEffect != null && !(failure instanceof SlackApiException e && e.getResponse().code() == 429)) {
                var found = tookEffect.find();
                if (found.isPresent()) {
                    LOG.info("{} {}, but it had taken effect: not repeated", method, reason);
                    return found.get();
                }
            }
            if (attempt >= policy.maxAttempts() || waited.plus(wait).compareTo(policy.maxWait()) > 0) {
                throw new SlackCallException(method, reason.startsWith("rate") ? "ratelimited" : reason, failure);
            }
            LOG.warn("{} {}; retry {} of {} in {} ms", method, reason, attempt, policy.maxAttempts() - 1, wait.toMillis());
            if (failure instanceof SlackApiException e && e.getResponse().code() == 429) {
                observer.rateLimited(method, wait);
            }
            sleep(method, wait, failure);
            waited = waited.plus(wait);
        }
    }

    private void sleep(String method, Duration wait, Exception failure) {
        try {
            policy.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException(method, "interrupted while waiting to retry", failure);
        }
    }

    private static long retryAfter(SlackApiException e) {
        var header = e.getResponse().header("Retry-After");
        try {
            return header == null ? 1 : Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException ignored) {
            return 1;
        }
    }

    private static String errorOf(SlackApiException e, int status) {
        return e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "HTTP " + status;
    }
}
