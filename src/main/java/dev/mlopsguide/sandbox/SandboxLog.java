package dev.mlopsguide.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** How the sandbox's request log writes a moment and a body: the time of day, and the body with its secrets masked. */
final class SandboxLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Parameters that carry a credential: never shown, not even on the developer's own page. */
    private static final Set<String> SECRETS = Set.of("token", "client_secret", "refresh_token", "code");
    private static final Pattern SECRET_FIELD = Pattern.compile("(\\b(?:token|client_secret|refresh_token)=)[^&\\s]*");
    private static final int LONGEST = 400;

    private SandboxLog() {
    }

    /** The time of day on the developer's machine, by the application's clock. */
    static String time(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /** A Web API call's parameters, sorted, secrets masked, within a few lines. */
    static String body(Map<String, String> params) {
        var shown = new TreeMap<String, String>();
        params.forEach((name, value) -> shown.put(name, SECRETS.contains(name) ? "•••" : value));
        return shorten(shown.toString());
    }

    /** A request body as the page sent it, secrets masked, within a few lines. */
    static String body(String text) {
        return shorten(SECRET_FIELD.matcher(text).replaceAll("$1•••"));
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
    }
}
