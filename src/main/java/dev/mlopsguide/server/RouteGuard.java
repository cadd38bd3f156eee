package dev.mlopsguide.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * In front of every route: only GET, HEAD and POST (TRACE would echo cookies and credentials); only paths that
 * need no normalising, so that no request can reach a route by way of another's prefix
 * ({@code /slack/events/../../metrics}); and the OAuth state cookie sent back with {@code SameSite=Lax}.
 */
final class RouteGuard implements Filter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    /** Dot segments, empty segments, path parameters and encoded dots or slashes. */
    private static final Pattern UNNORMALISED = Pattern.compile("(^|/)\\.{1,2}(/|$)|//|;|%2[eEfF]|%5[cC]|\\\\");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) resp;
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (UNNORMALISED.matcher(request.getRequestURI()).find()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, new SameSiteCookies(response));
    }

    /** Adds {@code SameSite=Lax} to cookies set as raw headers (Bolt sets its OAuth state cookie that way). */
    private static final class SameSiteCookies extends HttpServletResponseWrapper {
        SameSiteCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, withSameSite(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, withSameSite(name, value));
        }

        private static String withSameSite(String name, String value) {
            return "set-cookie".equals(name.toLowerCase(Locale.ROOT)) && value != null
                    && !value.toLowerCase(Locale.ROOT).contains("samesite") ? value + "; SameSite=Lax" : value;
        }
    }
}
