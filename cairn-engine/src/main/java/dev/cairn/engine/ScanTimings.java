package dev.cairn.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where one scan's wall time went, phase by phase, in the order the scan ran them ({@code cairn scan --timings}).
 * Work on background threads (the git history, the repository's documents, the manifest KPIs) overlaps the
 * phases; a phase includes it only where the scan waited for it. Filled by {@link Scanner#scan(ScanRequest,
 * ScanTimings)} on the scanning thread; not thread-safe.
 */
public final class ScanTimings {
    /** One phase and the wall time it took. */
    public record Phase(String name, Duration took) {}

    private final List<Phase> phases = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long since = System.nanoTime();

    void start() {
        phases.clear();
        notes.clear();
        since = System.nanoTime();
    }

    /** Something that explains a phase's time, printed after the phases (e.g. how many renders were kept). */
    void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Ends the current phase under this name; the next one starts now. */
    void end(String phase) {
        long now = System.nanoTime();
        phases.add(new Phase(phase, Duration.ofNanos(now - since)));
        since = now;
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }

    public Duration total() {
        return phases.stream().map(Phase::took).reduce(Duration.ZERO, Duration::plus);
    }

    /** One line per phase and a total, in milliseconds, then the notes, for a terminal. */
    public List<String> lines() {
        int width = Math.max("total".length(), phases.stream().mapToInt(p -> p.name().length()).max().orElse(0));
        List<String> out = new ArrayList<>();
        phases.forEach(p -> out.add(line(p.name(), p.took(), width)));
        out.add(line("total", total(), width));
        out.addAll(notes);
        return out;
    }

    private static String line(String name, Duration took, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s %7d ms", name, took.toMillis());
    }
}
