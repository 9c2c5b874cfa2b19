package dev.cairn.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tokens on both databases: only the secret's hash is kept, the right token is known, every other one is not. */
class ApiTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anIssuedTokenIsKnownByItsNameAndTheDatabaseHoldsOnlyTheHashOfItsSecret(Dialect dialect) throws SQLException {
        HistoryDatabase database = databases.fresh(dialect);
        HistoryStore store = HistoryStore.open(database);
        ApiTokens.Issued issued = ApiTokens.issue("ci-shop", NOW, new SecureRandom());

        assertThat(store.addToken(issued.stored())).isTrue();

        assertThat(issued.token()).matches("cairn_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokens.verify(store, issued.token())).contains("ci-shop");
        assertThat(store.token(issued.stored().id())).contains(issued.stored());
        // after "cairn_" and the 12-digit id: the secret itself may hold underscores (URL-safe Base64)
        String secret = issued.token().substring("cairn_".length() + 12 + 1);
        assertThat(secret).hasSize(43);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, secret_sha256, created_at FROM api_token")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("ci-shop");
            assertThat(rs.getString("secret_sha256")).hasSize(64).doesNotContain(secret);
            assertThat(rs.getLong("created_at")).isEqualTo(NOW.toEpochMilli());
            assertThat(rs.next()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void wrongSecretsUnknownIdsAndOtherTextsAreRefused(Dialect dialect) {
        HistoryStore store = HistoryStore.open(databases.fresh(dialect));
        ApiTokens.Issued issued = ApiTokens.issue("ci-shop", NOW, new SecureRandom());
        store.addToken(issued.stored());
        String token = issued.token();
        char last = token.charAt(token.length() - 1);

        assertThat(ApiTokens.verify(store, token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(ApiTokens.verify(store, ApiTokens.issue("other", NOW, new SecureRandom()).token())).isEmpty();
        assertThat(ApiTokens.verify(store, token + "x")).isEmpty();
        assertThat(ApiTokens.verify(store, "")).isEmpty();
        assertThat(ApiTokens.verify(store, null)).isEmpty();
        assertThat(ApiTokens.verify(store, "cairn_' OR 1=1 --")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aSecondTokenOfTheSameNameIsRefusedAndTheFirstStays(Dialect dialect) {
        HistoryStore store = HistoryStore.open(databases.fresh(dialect));
        ApiTokens.Issued first = ApiTokens.issue("ci", NOW, new SecureRandom());
        ApiTokens.Issued second = ApiTokens.issue("ci", NOW, new SecureRandom());

        assertThat(store.addToken(first.stored())).isTrue();
        assertThat(store.addToken(second.stored())).isFalse();

        assertThat(ApiTokens.verify(store, first.token())).contains("ci");
        assertThat(ApiTokens.verify(store, second.token())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void pingAnswersOnAReachableDatabase(Dialect dialect) {
        HistoryStore.open(databases.fresh(dialect)).ping();
    }
}
