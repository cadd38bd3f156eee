package dev.mlopsguide.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A page that is the same for everyone, such as the install page: no state, no cookie. */
final class PageServlet extends HttpServlet {

    private final String html;

    PageServlet(String html) {
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        response.getWriter().write(html);
    }
}
