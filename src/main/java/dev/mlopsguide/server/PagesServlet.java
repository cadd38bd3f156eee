package dev.mlopsguide.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/** Pages under a path, by the name after it ("" for the path itself); a name with no page is a plain 404. */
final class PagesServlet extends HttpServlet {

    private final Function<String, Optional<String>> pages;

    PagesServlet(Function<String, Optional<String>> pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        var page = name.contains("/") ? Optional.<String>empty() : pages.apply(name);
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.getWriter().write(page.get());
    }
}
