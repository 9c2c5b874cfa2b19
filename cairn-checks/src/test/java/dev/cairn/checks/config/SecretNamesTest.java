package dev.cairn.checks.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretNamesTest {
    @ParameterizedTest
    @CsvSource({
            "dbPassword, DB_PASSWORD",
            "db-password, DB_PASSWORD",
            "spring.datasource.password, SPRING_DATASOURCE_PASSWORD",
            "DB__PASSWORD, DB_PASSWORD",
            "apiKey2Value, API_KEY2_VALUE",
            "oauth2Token, OAUTH2_TOKEN",
            "ABCToken, ABCTOKEN",
            "-leading.and.trailing-, _LEADING_AND_TRAILING_",
            "pässwort, P_SSWORT"})
    void normalizesSettingNames(String name, String normal) {
        assertThat(SecretNames.normalize(name)).isEqualTo(normal);
    }

    /** The loop replaced two regex replacements; it must give the same name for any input. */
    @Test
    void normalizesAsTheRegexRulesDid() {
        Pattern camel = Pattern.compile("([a-z0-9])([A-Z])");
        Pattern separators = Pattern.compile("[^A-Za-z0-9]+");
        String alphabet = "aZ9_-. /:é\u00df\uD83D\uDE00xYq0";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = name.toString();
            String expected = separators.matcher(camel.matcher(s).replaceAll("$1_$2")).replaceAll("_").toUpperCase(Locale.ROOT);
            assertThat(SecretNames.normalize(s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    void knowsCredentialsByTheirLastWord() {
        assertThat(SecretNames.looksSecret("DB_PASSWORD")).isTrue();
        assertThat(SecretNames.looksSecret("apiKey")).isTrue();
        assertThat(SecretNames.looksSecret("PASSWORD_FILE")).isFalse();
        assertThat(SecretNames.looksSecret("maxInputTokens")).isFalse();
        assertThat(SecretNames.looksSecret("LOG_LEVEL")).isFalse();
    }

    /** A credential word counts where it ends a word of the name, joined to the word before it or not. */
    @Test
    void aCredentialWordMustEndAWordOfTheName() {
        assertThat(SecretNames.looksSecret("dbpassword")).isTrue();
        assertThat(SecretNames.looksSecret("GITHUB_TOKEN")).isTrue();
        assertThat(SecretNames.looksSecret("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(SecretNames.looksSecret("secretkey")).isTrue();
        assertThat(SecretNames.looksSecret("tokenizer")).isFalse();
        assertThat(SecretNames.looksSecret("PASSWORDLESS_LOGIN")).isFalse();
        assertThat(SecretNames.looksSecret("secretary")).isFalse();
    }

    @Test
    void codeThatReadsASecretIsNotALiteral() {
        assertThat(SecretNames.isLiteral("os.environ[\"HF_TOKEN\"]")).isFalse();
        assertThat(SecretNames.isLiteral("getenv(\"API_KEY\")")).isFalse();
        assertThat(SecretNames.isLiteral("AutoTokenizer.from_pretrained(")).isFalse();
        assertThat(SecretNames.isLiteral("\"hf_abcdef\"")).isTrue();
        assertThat(SecretNames.isLiteral("hunter2")).isTrue();
    }
}
