package dev.cairn.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The load average of /proc/loadavg (1, 5 and 15 minutes), printed beside the benchmark's figures. */
final class MachineLoad {
    private MachineLoad() {}

    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "load average unknown (" + e.getMessage() + ")";
        }
    }
}
