package dev.mlopsguide.server;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Work a request starts, held back until the request's response is sent: started at once, it would compete with the
 * ack for the replica's cores, and Slack waits for the ack. Outside the handling of a request (Socket Mode, scheduled
 * work) nothing is held.
 */
public final class ResponseFirst {

    /** A request's handling, which writes its response. */
    @FunctionalInterface
    interface Handling {
        void handle() throws Exception;
    }

    private static final ThreadLocal<List<Runnable>> HELD = new ThreadLocal<>();

    private ResponseFirst() {
    }

    /** Whether the calling thread is handling a request, whose response is not sent yet. */
    public static boolean responding() {
        return HELD.get() != null;
    }

    /** How many starts the request being handled holds. */
    public static int held() {
        var held = HELD.get();
        return held == null ? 0 : held.size();
    }

    /** Runs {@code start} once the response of the request being handled is sent. */
    public static void hold(Runnable start) {
        var held = HELD.get();
        if (held == null) {
            throw new IllegalStateException("no request is being handled on this thread");
        }
        held.add(start);
    }

    /**
     * Handles a request, sends its response (closing it completes it, with its length), then runs what the handling
     * held, even when the handling failed or the client went away.
     */
    static void handle(HttpServletResponse response, Handling handling) throws Exception {
        var held = new ArrayList<Runnable>();
        HELD.set(held);
        try {
            handling.handle();
            response.getWriter().close();
        } finally {
            HELD.remove();
            held.forEach(Runnable::run);
        }
    }
}
