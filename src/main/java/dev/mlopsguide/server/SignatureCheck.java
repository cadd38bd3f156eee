package dev.mlopsguide.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets through to Bolt only requests that Slack signed, checked on the raw bytes before anything parses them: the
 * {@code v0} HMAC of the body with the signing secret, a timestamp within five minutes of now either way, and a
 * signature not seen before (a replay is acknowledged and dropped). Anything else gets 401 and one log line that
 * says why, with nothing of the request in it.
 */
final class SignatureCheck implements Filter {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(SignatureCheck.class);

    private final byte[] secret;
    private final Clock clock;
    private final Predicate<String> firstSeen;

    /** {@code firstSeen}: true the first time a key is offered, across replicas. */
    SignatureCheck(String signingSecret, Clock clock, Predicate<String> firstSeen) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.firstSeen = firstSeen;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) resp;
        var body = request.getInputStream().readAllBytes();
        var refusal = refusal(request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body);
        if (refusal != null) {
            LOG.warn("Refused a request to {}: {}", request.getServletPath(), refusal);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"" + refusal + "\"}");
            return;
        }
        if (!firstTime(request.getHeader("X-Slack-Signature"))) {
            LOG.info("Ignored a replayed request to {}", request.getServletPath());
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** Why the request is refused, or null when it is signed and fresh. */
    private String refusal(String timestamp, String signature, byte[] body) {
        if (secret.length == 0) {
            return "no signing secret is set, so no request can be verified";
        }
        if (timestamp == null || signature == null) {
            return "not signed";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "the timestamp is not a number of seconds";
        }
        var skew = Duration.ofSeconds(Math.abs(clock.instant().getEpochSecond() - seconds));
        if (skew.compareTo(WINDOW) > 0) {
            return "the timestamp is more than five minutes from now";
        }
        var expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp.strip(), body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)) ? null : "bad signature";
    }

    private boolean firstTime(String signature) {
        try {
            // The signature covers the timestamp and the body; its first 40 hex digits identify it well enough.
            return firstSeen.test("sig:" + signature.substring("v0=".length(), "v0=".length() + 40));
        } catch (RuntimeException e) {
            // Without the shared record a replay cannot be told apart: serve the verified request rather than drop it.
            LOG.warn("Could not record a request's signature ({}); serving it", e.getClass().getSimpleName());
            return true;
        }
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The request with its body, already read for the check, offered again to Bolt. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
