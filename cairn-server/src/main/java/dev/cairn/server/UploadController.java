package dev.cairn.server;

import dev.cairn.core.model.ScanReport;
import dev.cairn.report.JsonReports;
import dev.cairn.report.NotACairnReportException;
import dev.cairn.store.HistoryStore;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /api/scans}: a report as {@code cairn scan --format json} writes it, from a holder of a token, recorded
 * in one transaction like {@code cairn scan --history}. The report is checked before anything is written: too large
 * is 413, not UTF-8, not JSON, not a cairn report of schema version 1 or a value the model refuses is 400, each with
 * a JSON error that says why.
 */
final class UploadController {
    /** Optional: the hash of the configuration the scan ran with, as {@code cairn scan --history} records it. */
    static final String CONFIG_HASH_HEADER = "Cairn-Config-Hash";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final HistoryStore store;
    private final BearerAuth auth;
    private final long maxBytes;

    UploadController(HistoryStore store, long maxBytes) {
        this.store = store;
        this.auth = new BearerAuth(store);
        this.maxBytes = maxBytes;
    }

    void upload(Context ctx) throws IOException {
        auth.require(ctx);
        String configHash = ctx.header(CONFIG_HASH_HEADER);
        if (configHash != null && !SHA256_HEX.matcher(configHash).matches()) {
            throw HttpProblem.badRequest(CONFIG_HASH_HEADER + " is 64 lower-case hexadecimal digits (SHA-256)");
        }
        String json = utf8(body(ctx));
        ScanReport report;
        try {
            report = JsonReports.read(new StringReader(json));
        } catch (NotACairnReportException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        long id = store.save(report, configHash == null ? "" : configHash, json);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", id);
        created.put("repository", HistoryStore.repositoryOf(report.target()));
        created.put("report", Links.scanJson(id));
        created.put("page", Links.scan(id));
        ctx.header("Location", Links.scanJson(id));
        JsonResponses.send(ctx, 201, created);
    }

    /** The body, read up to the limit: a declared or actual length above it is refused before it is all read. */
    private byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + (long) n > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
        if (out.size() == 0) {
            throw HttpProblem.badRequest("the body is empty: send the report that 'cairn scan --format json' writes");
        }
        return out.toByteArray();
    }

    private HttpProblem tooLarge() {
        return new HttpProblem(413, "the report is larger than this server accepts (" + maxBytes + " bytes; cairn serve"
                + " --max-upload raises it)");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("not a cairn report: the body is not UTF-8 text");
        }
    }
}
