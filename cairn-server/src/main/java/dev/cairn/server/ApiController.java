package dev.cairn.server;

import dev.cairn.report.html.Assets;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.RepositoryState;
import dev.cairn.store.ScanDiff;
import dev.cairn.store.ScanQuery;
import dev.cairn.store.ScanSummary;
import dev.cairn.store.Trend;
import dev.cairn.store.UnknownScanException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The read side of {@code /api}: the store's queries as JSON, described by {@code /api/openapi.json}. */
final class ApiController {
    static final String OPENAPI = Assets.read(ApiController.class, "openapi.json");
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private final HistoryStore store;
    private final Clock clock;

    record Repositories(List<RepositoryState> repositories) {}

    record Scans(List<ScanSummary> scans) {}

    ApiController(HistoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void repositories(Context ctx) {
        JsonResponses.send(ctx, 200, new Repositories(store.latest()));
    }

    void scans(Context ctx) {
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw HttpProblem.badRequest("limit is 1 to " + MAX_LIMIT + ", not " + limit);
        }
        JsonResponses.send(ctx, 200, new Scans(store.scans(new ScanQuery(ctx.queryParam("repository"), limit))));
    }

    /** The report JSON exactly as it was saved. */
    void scan(Context ctx) {
        long id = id(ctx.pathParam("id"), "scan id");
        String json = store.reportJson(id).orElseThrow(() -> HttpProblem.notFound("no scan " + id));
        ctx.contentType(JsonResponses.JSON).result(json);
    }

    void diff(Context ctx) {
        long from = id(required(ctx, "from"), "from");
        long to = id(required(ctx, "to"), "to");
        ScanDiff diff;
        try {
            diff = store.diff(from, to);
        } catch (UnknownScanException e) {
            throw HttpProblem.notFound(e.getMessage());
        }
        JsonResponses.send(ctx, 200, diff);
    }

    void trends(Context ctx) {
        String repository = required(ctx, "repository");
        String since = ctx.queryParam("since");
        Instant from;
        try {
            from = since == null ? clock.instant().minus(KpiHistory.WINDOW) : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("since is a date such as 2026-01-31, not " + since);
        }
        Trend trend = store.trend(repository, from);
        JsonResponses.send(ctx, 200, trend);
    }

    void openapi(Context ctx) {
        ctx.contentType(JsonResponses.JSON).result(OPENAPI);
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw HttpProblem.badRequest("the query parameter " + name + " is required");
        }
        return value;
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(name + " is a number, not " + value);
        }
    }

    static long id(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw HttpProblem.badRequest(what + " is a positive number, not " + text);
    }
}
