package dev.cairn.server;

import dev.cairn.report.ModelJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON answers, spelled as the report spells the model (kebab-case enums, ISO-8601 times), and JSON errors. */
final class JsonResponses {
    static final String JSON = "application/json; charset=utf-8";

    private JsonResponses() {}

    static void send(Context ctx, int status, Object value) {
        StringWriter out = new StringWriter();
        try {
            ModelJson.write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        ctx.status(status).contentType(JSON).result(out.toString());
    }

    /** {@code {"status": 400, "error": "why"}}: the whole answer to a request that went wrong. */
    static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        send(ctx, status, body);
    }
}
