package dev.cairn.cli;

import dev.cairn.store.ApiTokens;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryException;
import dev.cairn.store.HistoryStore;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn token create}: a token that may upload scans to a cairn server over this store. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Tokens for writing to a cairn server (cairn serve): every upload needs one.",
        subcommands = {TokenCommand.Create.class})
public final class TokenCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'cairn token create --name ci'");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it once; the store keeps only a hash of it.",
            footer = {"", "Exit codes: 0 created, 2 usage error (also: the name is taken), 3 the database cannot be written.",
                    "Example: cairn token create --name ci-shop --db jdbc:postgresql://db/cairn?user=cairn"})
    static final class Create implements Callable<Integer> {
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
        private final Environment env;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "What the token is for, e.g. ci-shop; unique")
        String name;

        @Option(names = {"--db", "--history"}, paramLabel = "DB", description = HistoryLocation.DESCRIPTION)
        String db;

        Create(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            if (!NAME.matcher(name).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--name takes 1 to 64 letters, digits, '.', '_'"
                        + " or '-', starting with a letter or digit, e.g. ci-shop; not '" + name + "'");
            }
            HistoryDatabase database = HistoryFormats.database(db, spec);
            ApiTokens.Issued issued = ApiTokens.issue(name, env.clock().instant(), new SecureRandom());
            try {
                if (!HistoryStore.open(database).addToken(issued.stored())) {
                    spec.commandLine().getErr().println("cairn: a token named " + name + " exists in " + database.display()
                            + "; choose another name");
                    return ExitCode.USAGE;
                }
            } catch (HistoryException e) {
                spec.commandLine().getErr().println("cairn: cannot keep the token in " + database.display() + ": " + e.getMessage());
                return ExitCode.FAILURE;
            }
            spec.commandLine().getOut().println(issued.token());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("cairn: token " + name + " created in " + database.display()
                    + ". It is shown only now: keep it as a CI secret (CAIRN_TOKEN) for 'cairn scan --upload URL'.");
            return ExitCode.OK;
        }
    }
}
