package dev.cairn.checks.dockerfile;

import dev.cairn.core.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code apt-get}/{@code apt}, {@code apk}, {@code zypper}, {@code yum} or {@code dnf}/{@code microdnf}
 * command: the program as invoked, its
 * subcommand, options and operands. Options that take a value as the next word ({@code apt-get -o X=y},
 * {@code apk --virtual .deps}) are kept with the options, so that the operands are the packages.
 */
record PackageCommand(Manager manager, String program, String subcommand, List<String> options, List<String> operands) {

    enum Manager { APT, APK, ZYPPER, YUM, DNF }

    private static final Set<String> APT_VALUED = Set.of("-o", "-c", "-t", "--option", "--config-file",
            "--target-release", "--default-release");
    private static final Set<String> APK_VALUED = Set.of("-X", "--repository", "-t", "--virtual", "-p", "--root",
            "--arch", "--cache-dir", "--keys-dir", "--repositories-file", "--cache-max-age");
    private static final Set<String> ZYPPER_VALUED = Set.of("-r", "--repo", "--from", "-t", "--type", "-R", "--root",
            "--releasever");
    /** yum, dnf and microdnf take most values after {@code =}; these may come as the next word. */
    private static final Set<String> RPM_VALUED = Set.of("-c", "--config", "-x", "--exclude", "--enablerepo",
            "--disablerepo", "--repo", "--repoid", "--setopt", "--installroot", "--releasever", "--downloaddir");

    /** The package manager commands of a {@code RUN}, in script order. */
    static List<PackageCommand> in(Instruction run) {
        return RunScript.of(run).stream().flatMap(c -> of(c).stream()).toList();
    }

    static Optional<PackageCommand> of(SimpleCommand command) {
        Manager manager = switch (command.program()) {
            case "apt-get", "apt" -> Manager.APT;
            case "apk" -> Manager.APK;
            case "zypper" -> Manager.ZYPPER;
            case "yum" -> Manager.YUM;
            case "dnf", "microdnf" -> Manager.DNF;
            default -> null;
        };
        if (manager == null) {
            return Optional.empty();
        }
        Set<String> valued = switch (manager) {
            case APT -> APT_VALUED;
            case APK -> APK_VALUED;
            case ZYPPER -> ZYPPER_VALUED;
            case YUM, DNF -> RPM_VALUED;
        };
        List<String> options = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        List<String> args = command.arguments();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-") && a.length() > 1) {
                options.add(a);
                if (valued.contains(a) && i + 1 < args.size()) options.add(args.get(++i));
            } else {
                operands.add(a);
            }
        }
        String subcommand = operands.isEmpty() ? "" : operands.removeFirst();
        return Optional.of(new PackageCommand(manager, command.program(), subcommand, options, operands));
    }

    boolean installs() {
        return switch (manager) {
            case APT -> subcommand.equals("install");
            case APK -> subcommand.equals("add");
            case ZYPPER -> subcommand.equals("install") || subcommand.equals("in");
            case YUM, DNF -> subcommand.equals("install") || subcommand.equals("groupinstall")
                    || subcommand.equals("localinstall") || subcommand.equals("reinstall");
        };
    }

    /** Refreshes the package index without installing anything: {@code apt-get update}, {@code apk update}, ... */
    boolean refreshesIndex() {
        return switch (manager) {
            case APT, APK -> subcommand.equals("update");
            case ZYPPER -> subcommand.equals("refresh") || subcommand.equals("ref");
            case YUM, DNF -> subcommand.equals("makecache");
        };
    }

    boolean hasOption(String option) {
        return options.contains(option);
    }

    /**
     * Whether the command answers its own confirmation prompt: {@code -y} (alone or in a cluster such as
     * {@code -qy}), {@code --yes}, {@code --assume-yes}, {@code --assumeyes}, apt's {@code -qq}, which implies
     * {@code -y}, and {@code -o APT::Get::Assume-Yes=true}; zypper's {@code -n}, {@code --non-interactive} and
     * {@code --no-confirm}. apk and microdnf never ask.
     */
    boolean assumesYes() {
        if (manager == Manager.APK || program.equals("microdnf")) {
            return true;
        }
        for (String o : options) {
            if (o.equals("--yes") || o.equals("--assume-yes") || o.equals("--assumeyes") || o.equals("--force-yes")
                    || o.equals("-qq") || o.equals("--quiet=2") || o.equals("-q=2")
                    || o.toLowerCase(java.util.Locale.ROOT).startsWith("apt::get::assume-yes=true")
                    || o.matches("-[a-zA-Z]*y[a-zA-Z]*")) {
                return true;
            }
            if (manager == Manager.ZYPPER && (o.equals("-n") || o.equals("--non-interactive") || o.equals("--no-confirm"))) {
                return true;
            }
        }
        return false;
    }
}
