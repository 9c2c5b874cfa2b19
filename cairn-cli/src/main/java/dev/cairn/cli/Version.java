package dev.cairn.cli;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.model.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into {@code version.properties}, and the ruleset version. */
public final class Version implements IVersionProvider {
    public static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    public static ToolInfo toolInfo() {
        return new ToolInfo("cairn", current(), BuiltInChecks.RULESET_VERSION);
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cairn " + current() + " (ruleset " + BuiltInChecks.RULESET_VERSION + ")"};
    }
}
