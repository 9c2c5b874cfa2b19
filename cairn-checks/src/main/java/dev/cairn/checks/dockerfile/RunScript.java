package dev.cairn.checks.dockerfile;

import dev.cairn.core.dockerfile.Heredoc;
import dev.cairn.core.dockerfile.Instruction;
import java.util.List;
import java.util.Set;

/**
 * The simple commands a {@code RUN} executes. Shell form runs its text with {@code /bin/sh -c}; a
 * here-document is part of the script when it is the command ({@code RUN <<EOF}) or feeds a shell
 * ({@code RUN bash <<EOF}), unless its shebang names another interpreter. Exec form runs its words
 * directly, or a script when they are {@code ["sh", "-c", "..."]}. Here-documents that only feed a file
 * ({@code cat <<EOF > conf}) are data and not read.
 */
final class RunScript {
    static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

    private RunScript() {}

    static List<SimpleCommand> of(Instruction run) {
        if (run.execForm()) {
            List<String> args = run.execArgs();
            if (args.size() >= 3 && SHELLS.contains(SimpleCommand.baseName(args.get(0)))
                    && args.get(1).startsWith("-") && args.get(1).contains("c")) {
                return ShellLexer.commands(args.get(2));
            }
            return args.isEmpty() ? List.of() : List.of(new SimpleCommand(args, false));
        }
        List<SimpleCommand> commands = ShellLexer.commands(run.arguments());
        if (run.heredocs().isEmpty()) {
            return commands;
        }
        boolean heredocIsScript = run.arguments().startsWith("<<")
                || !commands.isEmpty() && SHELLS.contains(commands.getFirst().program());
        Heredoc first = run.heredocs().getFirst();
        if (!heredocIsScript || !isShellScript(first.content())) {
            return commands;
        }
        return ShellLexer.commands(run.arguments() + "\n" + first.content());
    }

    private static boolean isShellScript(String content) {
        if (!content.startsWith("#!")) {
            return true;
        }
        int end = content.indexOf('\n');
        String[] shebang = content.substring(2, end < 0 ? content.length() : end).strip().split("\\s+");
        String interpreter = SimpleCommand.baseName(shebang[0]);
        if (interpreter.equals("env") && shebang.length > 1) {
            interpreter = shebang[shebang.length - 1];
        }
        return SHELLS.contains(SimpleCommand.baseName(interpreter));
    }
}
