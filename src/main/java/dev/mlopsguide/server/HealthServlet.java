package dev.mlopsguide.server;

import dev.mlopsguide.store.Readiness;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code /healthz} answers while the process is up; {@code /readyz} answers 200 only when every dependency (the
 * database, the content) is ready, and 503 with the reason otherwise.
 */
final class HealthServlet extends HttpServlet {

    private final Map<String, Supplier<Readiness>> checks;

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
            ready &= readiness.ready();
            if (body.length() > 1) {
                body.append(',');
            }
            body.append('"').append(check.getKey()).append("\":{\"ready\":").append(readiness.ready())
                    .append(",\"detail\":\"").append(escape(readiness.detail())).append("\"}");
        }
        resp.setStatus(ready ? 200 : 503);
        resp.getWriter().write(body.append('}').toString());
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
