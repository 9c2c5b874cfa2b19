package dev.cairn.server;

import dev.cairn.store.ApiTokens;
import dev.cairn.store.HistoryStore;
import io.javalin.http.Context;

/** Every write needs {@code Authorization: Bearer TOKEN} with a token {@code cairn token create} issued. */
final class BearerAuth {
    /** The request attribute naming the token that wrote, for the request log. */
    static final String TOKEN_NAME = "cairn.token";
    private static final String PREFIX = "Bearer ";

    private final HistoryStore store;

    BearerAuth(HistoryStore store) {
        this.store = store;
    }

    /** The name of the request's token; a 401 problem when there is none or the store does not know it. */
    String require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"cairn\"");
            throw new HttpProblem(401, "this needs a token: send 'Authorization: Bearer TOKEN' with a token from"
                    + " 'cairn token create --name NAME'");
        }
        String name = ApiTokens.verify(store, header.substring(PREFIX.length()).strip()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"cairn\", error=\"invalid_token\"");
            return new HttpProblem(401, "the token is not known to this server");
        });
        ctx.attribute(TOKEN_NAME, name);
        return name;
    }
}
