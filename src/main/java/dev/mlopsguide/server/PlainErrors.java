package dev.mlopsguide.server;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Error responses that say only the status: no stack trace, servlet name or server version. */
final class PlainErrors extends ErrorHandler {

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) {
        var body = "{\"error\":\"" + HttpStatus.getMessage(code) + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
