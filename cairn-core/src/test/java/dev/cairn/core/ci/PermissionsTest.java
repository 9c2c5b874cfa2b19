package dev.cairn.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private static final Location AT = Location.file(SourcePath.of(".github/workflows/ci.yml"));

    @Test
    void shorthandsGrantEveryScope() {
        Permissions readAll = new Permissions(AT, Map.of(), Permissions.READ_ALL);
        Permissions writeAll = new Permissions(AT, Map.of(), Permissions.WRITE_ALL);

        assertThat(readAll.isReadOnly()).isTrue();
        assertThat(readAll.level("contents")).isEqualTo("read");
        assertThat(writeAll.isReadOnly()).isFalse();
        assertThat(writeAll.grantsWrite("id-token")).isTrue();
    }

    @Test
    void scopesNotListedAreNoneAndOneWriteScopeMakesItWritable() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("contents", "read");
        scopes.put("id-token", "write");
        Permissions permissions = new Permissions(AT, scopes, null);

        assertThat(permissions.level("packages")).isEqualTo("none");
        assertThat(permissions.grantsWrite("id-token")).isTrue();
        assertThat(permissions.isReadOnly()).isFalse();
        assertThat(permissions.scopes()).containsExactly(Map.entry("contents", "read"), Map.entry("id-token", "write"));
        assertThat(new Permissions(AT, Map.of(), null).isReadOnly()).as("permissions: {} grants nothing").isTrue();
    }
}
