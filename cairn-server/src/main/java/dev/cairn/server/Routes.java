package dev.cairn.server;

import dev.cairn.report.html.Element;
import dev.cairn.report.html.HtmlReporter;
import dev.cairn.store.HistoryException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every address the server answers, and how failures become answers: JSON under /api, a page elsewhere. */
final class Routes {
    static final String UNMATCHED = "unmatched";
    /** Compressed pages kept: a repository page of a year's history is about 32 kB gzipped, so 500 take 16 MB. */
    static final long PAGE_CACHE_BYTES = 32L * 1024 * 1024;
    /** Answered in JSON, like the API, because machines read them. */
    private static final Set<String> OPERATIONS = Set.of("/metrics", "/healthz", "/readyz");

    private Routes() {}

    static void register(RoutesConfig routes, ServerConfig config, Metrics metrics) {
        var store = config.store();
        PortfolioPage portfolio = new PortfolioPage(store, config.clock());
        RepositoryPage repository = new RepositoryPage(store, new HtmlReporter(config.rules()), config.clock());
        ScanPage scan = new ScanPage(store, config.rules());
        ApiController api = new ApiController(store, config.clock());
        UploadController upload = new UploadController(store, config.maxUploadBytes());

        routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer"));
        PageCache cache = new PageCache(config.clock(), PAGE_CACHE_BYTES);
        routes.get("/", ctx -> html(ctx, cache.gzipped("/", store::revision, portfolio::render)));
        routes.get("/repository", ctx -> {
            String name = requiredName(ctx);
            if (store.revision(name).isEmpty()) {
                html(ctx, 200, repository.render(name)); // not found: says so, and nothing is kept
            } else {
                html(ctx, cache.gzipped("/repository " + name, () -> store.revision(name).orElseThrow(),
                        () -> repository.render(name)));
            }
        });
        routes.get("/scans/{id}", ctx -> html(ctx, 200, scan.render(ApiController.id(ctx.pathParam("id"), "scan id"))));

        routes.get("/api/repositories", api::repositories);
        routes.get("/api/scans", api::scans);
        routes.post("/api/scans", upload::upload);
        routes.get("/api/scans/{id}", api::scan);
        routes.get("/api/diff", api::diff);
        routes.get("/api/trends", api::trends);
        routes.get("/api/openapi.json", api::openapi);

        routes.get("/metrics", ctx -> ctx.contentType(Exposition.CONTENT_TYPE).result(metrics.render()));
        routes.get("/healthz", ctx -> JsonResponses.send(ctx, 200, Map.of("status", "up")));
        routes.get("/readyz", ctx -> {
            try {
                store.ping();
                JsonResponses.send(ctx, 200, Map.of("status", "ready"));
            } catch (HistoryException e) {
                JsonResponses.error(ctx, 503, "the history store cannot be reached: " + e.getMessage());
            }
        });

        routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
        // what Javalin itself refuses: no such route, a method the route does not take, a body over its limit
        routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> "nothing at " + ctx.path();
            case 405 -> ctx.method().name() + " is not allowed on " + ctx.path();
            case 413 -> "the report is larger than this server accepts (" + config.maxUploadBytes() + " bytes)";
            default -> e.getMessage();
        }));
        routes.exception(HistoryException.class, (e, ctx) -> problem(ctx, 503, "the history store failed: " + e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "the server failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }

    /** The route template a request matched ({@code /scans/{id}}), for metrics; {@value #UNMATCHED} when none did. */
    static String template(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return UNMATCHED;
        }
    }

    /** A kept page: as it is kept for clients that take gzip (every browser), unzipped for others. */
    private static void html(Context ctx, byte[] gzipped) {
        ctx.header("Vary", "Accept-Encoding");
        if (Gzip.accepted(ctx.header("Accept-Encoding"))) {
            // Javalin leaves an answer that names its encoding as it is
            ctx.header("Content-Encoding", "gzip");
            htmlHeaders(ctx, 200).result(gzipped);
        } else {
            htmlHeaders(ctx, 200).result(Gzip.decompress(gzipped));
        }
    }

    private static void html(Context ctx, int status, String page) {
        htmlHeaders(ctx, status).result(page);
    }

    private static Context htmlHeaders(Context ctx, int status) {
        return ctx.status(status).header("Content-Security-Policy", Page.CONTENT_SECURITY_POLICY)
                .contentType("text/html; charset=utf-8");
    }

    private static void problem(Context ctx, int status, String message) {
        if (ctx.path().startsWith("/api/") || OPERATIONS.contains(ctx.path())) {
            JsonResponses.error(ctx, status, message);
        } else {
            html(ctx, status, Page.render("error " + status, Page.heading(status == 404 ? "Not found" : "Error " + status),
                    List.of(new Page.Crumb("Portfolio", Links.PORTFOLIO), new Page.Crumb("error", null)),
                    List.of(Element.of("main").id("main").add(Page.empty(message)))));
        }
    }

    private static String requiredName(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw HttpProblem.badRequest("give the repository: /repository?name=NAME");
        }
        return name;
    }
}
