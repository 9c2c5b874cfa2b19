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
        routes.get("/", ctx -> html(ctx, 200, portfolio.render()));
        routes.get("/repository", ctx -> html(ctx, 200, repository.render(requiredName(ctx))));
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

    private static void html(Context ctx, int status, String page) {
        ctx.status(status).header("Content-Security-Policy", Page.CONTENT_SECURITY_POLICY)
                .contentType("text/html; charset=utf-8").result(page);
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
