package dev.cairn.store;

import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The child JVM of {@link CrashSafetyTest}: saves large scans in a loop through the real store and driver.
 * Inside the transaction of scan {@code pauseScan}, after {@code pauseAfterBatches} batches of findings have
 * been sent to the database, it prints {@code paused} and waits to be killed, so the kill always lands
 * mid-write. Lines on stdout: {@code saving N}, {@code saved N ID}, {@code paused N}.
 *
 * <p>Arguments: JDBC URL, findings per scan, pause scan, pause after batches.
 */
public final class SaveLoop {
    static final Instant FIRST = Instant.parse("2026-10-01T06:00:00Z");

    private static volatile int current;

    private SaveLoop() {}

    public static void main(String[] args) throws InterruptedException {
        HistoryDatabase database = HistoryDatabase.parse(args[0]);
        int findings = Integer.parseInt(args[1]);
        int pauseScan = Integer.parseInt(args[2]);
        int pauseAfterBatches = Integer.parseInt(args[3]);
        DataSource pausing = pausing(database.dataSource(), pauseScan, pauseAfterBatches);
        HistoryStore store = HistoryStore.open(pausing, database.dialect());
        for (int n = 1; n <= 100; n++) {
            current = n;
            System.out.println("saving " + n);
            long id = store.save(scan(n, findings), "config-" + n, json(n));
            System.out.println("saved " + n + " " + id);
        }
        Thread.sleep(600_000);
    }

    /** The n-th scan the loop saves: the same every time, so the test can compare what it reads back. */
    static ScanReport scan(int n, int findings) {
        List<Finding> list = new ArrayList<>(findings);
        for (int i = 0; i < findings; i++) {
            list.add(Reports.finding("K8S-" + String.format("%03d", i % 900 + 1), Severity.values()[i % 5],
                    "deploy/app-" + (i / 100) + ".yaml", i % 100 + 1, Reports.fingerprint("scan " + n + " finding " + i)));
        }
        return Reports.of("https://github.com/acme/big.git", "commit-" + n, FIRST.plusSeconds(86_400L * n))
                .findings(list).build();
    }

    static String json(int n) {
        return "{\"schemaVersion\":\"1\",\"scan\":" + n + "}";
    }

    private static DataSource pausing(DataSource real, int pauseScan, int pauseAfterBatches) {
        int[] batches = {0};
        return proxy(DataSource.class, real, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof Connection c) {
                return proxy(Connection.class, c, (conn, m, a) -> {
                    Object r = m.invoke(conn, a);
                    if (r instanceof PreparedStatement ps && ((String) a[0]).startsWith("INSERT INTO finding")) {
                        return proxy(PreparedStatement.class, ps, (stmt, sm, sa) -> {
                            Object out = sm.invoke(stmt, sa);
                            if (sm.getName().equals("executeBatch") && current == pauseScan && ++batches[0] == pauseAfterBatches) {
                                System.out.println("paused " + current);
                                Thread.sleep(600_000);
                            }
                            return out;
                        });
                    }
                    return r;
                });
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(SaveLoop.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    try {
                        return handler.handle(target, method, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
