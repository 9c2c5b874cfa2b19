package dev.cairn.checks.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellLexerTest {

    private static List<List<String>> words(String script) {
        return ShellLexer.commands(script).stream().map(SimpleCommand::words).toList();
    }

    @Test
    void splitsAtOperatorsAndNewlinesAndKeepsPipes() {
        List<SimpleCommand> commands = ShellLexer.commands("a 1 && b 2 || c; d | e |& f\ng & h");
        assertThat(commands).extracting(SimpleCommand::words).containsExactly(List.of("a", "1"), List.of("b", "2"),
                List.of("c"), List.of("d"), List.of("e"), List.of("f"), List.of("g"), List.of("h"));
        assertThat(commands).extracting(SimpleCommand::pipedIntoNext)
                .containsExactly(false, false, false, true, true, false, false, false);
    }

    @Test
    void removesQuotesAndKeepsSubstitutionsWhole() {
        assertThat(words("echo 'a b' \"c \\\"d\\\"\" e\\ f $(curl -s \"x y\") `id -u` <(wget -qO- u)")).containsExactly(
                List.of("echo", "a b", "c \"d\"", "e f", "$(curl -s \"x y\")", "`id -u`", "<(wget -qO- u)"));
        assertThat(words("sh -c \"$(curl -fsSL https://x/i.sh)\"")).containsExactly(
                List.of("sh", "-c", "$(curl -fsSL https://x/i.sh)"));
    }

    @Test
    void dropsRedirectionsCommentsAndContinuations() {
        assertThat(words("apt-get install -y curl > /dev/null 2>&1 <in &>log # comment | sh\n"
                + "cat <<-EOF >>/etc/x\nmake \\\n  all")).containsExactly(
                List.of("apt-get", "install", "-y", "curl"), List.of("cat"), List.of("make", "all"));
    }

    @Test
    void findsTheProgramPastAssignmentsAndWrappers() {
        SimpleCommand c = ShellLexer.commands("DEBIAN_FRONTEND=noninteractive sudo -u root /usr/bin/apt-get install -y x")
                .getFirst();
        assertThat(c.program()).isEqualTo("apt-get");
        assertThat(c.arguments()).containsExactly("install", "-y", "x");
        assertThat(c.usesSudo()).isTrue();
        assertThat(ShellLexer.commands("if apk add x; then echo sudo; fi")).extracting(SimpleCommand::program)
                .containsExactly("apk", "echo", "fi");
        assertThat(ShellLexer.commands("echo sudo").getFirst().usesSudo()).isFalse();
    }

    @Test
    void neverThrowsOnBrokenScripts() {
        for (String s : List.of("\"unclosed", "'unclosed", "$(unclosed", "`unclosed", "a |", "| b", ">", "2>&", "\\")) {
            assertThat(ShellLexer.commands(s)).as(s).isNotNull();
        }
    }

    @Test
    void packageCommandsSeparateOptionValuesFromPackages() {
        PackageCommand apt = PackageCommand.of(ShellLexer.commands(
                "apt-get -o Dpkg::Options::=--force-confold install -y -t bookworm-backports curl=1 git").getFirst()).orElseThrow();
        assertThat(apt.subcommand()).isEqualTo("install");
        assertThat(apt.operands()).containsExactly("curl=1", "git");
        PackageCommand apk = PackageCommand.of(ShellLexer.commands("apk add --virtual .deps gcc").getFirst()).orElseThrow();
        assertThat(apk.operands()).containsExactly("gcc");
        assertThat(apk.installs()).isTrue();
    }

    @Test
    void expandsVariablesWithKnownValuesOnly() {
        Map<String, String> known = Map.of("A", "alpine", "T", "3.20");
        assertThat(Variables.expand("$A:${T}", known)).contains("alpine:3.20");
        assertThat(Variables.expand("${B:-node}:${T}", known)).contains("node:3.20");
        assertThat(Variables.expand("${B-x}", known)).contains("x");
        assertThat(Variables.expand("$B", known)).isEmpty();
        assertThat(Variables.expand("${B}", known)).isEmpty();
    }

    @Test
    void readsEnvAndArgDeclarations() {
        var parsed = dev.cairn.ingest.dockerfile.DockerfileParser.parse("""
                ARG A B=2 "C"="x y"
                FROM scratch
                ENV LEGACY value with  spaces
                ENV K1=v1 K2="a b" K3='c'
                """);
        Map<String, String> args = NameValues.of(parsed.preamble().getFirst());
        assertThat(args).containsOnlyKeys("A", "B", "C");
        assertThat(args.get("A")).isNull();
        assertThat(args).containsEntry("B", "2").containsEntry("C", "x y");
        var body = parsed.stages().getFirst().instructions();
        assertThat(NameValues.of(body.get(0))).containsExactly(Map.entry("LEGACY", "value with spaces"));
        assertThat(NameValues.of(body.get(1))).containsExactly(Map.entry("K1", "v1"), Map.entry("K2", "a b"),
                Map.entry("K3", "c"));
    }
}
