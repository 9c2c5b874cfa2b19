package dev.cairn.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard's addresses. A repository is named by its git remote, which holds slashes, so it goes in the query
 * ({@code /repository?name=...}): Jetty refuses an encoded slash inside a path.
 */
final class Links {
    static final String PORTFOLIO = "/";

    private Links() {}

    static String repository(String name) {
        return "/repository?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    static String scan(long id) {
        return "/scans/" + id;
    }

    static String scanJson(long id) {
        return "/api/scans/" + id;
    }

    static String diff(long from, long to) {
        return "/api/diff?from=" + from + "&to=" + to;
    }
}
