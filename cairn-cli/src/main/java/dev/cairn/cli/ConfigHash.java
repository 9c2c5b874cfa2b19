package dev.cairn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of the configuration a scan ran with, recorded in the history so that a change of findings can be
 * told apart from a change of configuration: SHA-256 over the bytes of the configuration file (none when
 * there is no file) and the command-line options that change what checks judge ({@code --kube-version}).
 */
final class ConfigHash {
    private ConfigHash() {}

    static String of(Path configFile, String kubeVersion) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        if (configFile != null && Files.isRegularFile(configFile)) {
            sha.update(Files.readAllBytes(configFile));
        }
        sha.update((byte) 0);
        if (kubeVersion != null) {
            sha.update(("kube-version=" + kubeVersion).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
