package dev.mlopsguide.server;

import dev.mlopsguide.store.Readiness;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /healthz} answers while the process is up; {@code /readyz} answers 200 only when every dependency (the
 * database, the content) is ready, and 503 otherwise. The answer names the checks, never a host or a path: why a
 * check fails goes to the log, for the operator.
 */
final class HealthServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

    private final transient Map<String, Supplier<Readiness>> checks;

    HealthServlet(Map<String, Supplier<Readiness>> checks) {
        this.checks = Map.copyOf(checks);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        if (req.getServletPath().equals(AppServer.HEALTH_PATH)) {
            resp.getWriter().write("{\"status\":\"up\"}");
            return;
        }
        var body = new StringBuilder("{");
        boolean ready = true;
        for (var check : new TreeMap<>(checks).entrySet()) {
            var readiness = check.getValue().get();
            if (!readiness.ready()) {
                ready = false;
                LOG.warn("Not ready: {}: {}", check.getKey(), readiness.detail());
            }
            body.append(body.length() > 1 ? "," : "").append('"').append(check.getKey()).append("\":{\"ready\":")
                    .append(readiness.ready()).append('}');
        }
        resp.setStatus(ready ? 200 : 503);
        resp.getWriter().write(body.append('}').toString());
    }
}
