package dev.cairn.server;

import io.javalin.http.Context;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object per line and request on the log stream (stdout): time, method, path (without the query), status,
 * duration in milliseconds, and for writes the name of the token used. Never a header or a body.
 */
final class JsonRequestLog {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final Clock clock;

    JsonRequestLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void log(Context ctx, Float millis) {
        ObjectNode line = JSON.createObjectNode()
                .put("time", clock.instant().toString())
                .put("method", ctx.method().name())
                .put("path", ctx.path())
                .put("status", ctx.status().getCode())
                .put("duration_ms", BigDecimal.valueOf(millis == null ? 0 : millis).setScale(1, RoundingMode.HALF_UP));
        Object token = ctx.attribute(BearerAuth.TOKEN_NAME);
        if (token != null) {
            line.put("token", token.toString());
        }
        String text = JSON.writeValueAsString(line);
        synchronized (out) {
            out.println(text);
        }
    }
}
