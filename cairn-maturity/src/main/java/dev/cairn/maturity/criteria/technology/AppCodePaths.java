package dev.cairn.maturity.criteria.technology;

import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.Locale;
import java.util.Set;

/** Application source code: files in a programming language, outside the delivery paths of {@link DeliveryPaths}. */
final class AppCodePaths {
    private static final Set<String> SOURCE_EXTENSIONS = Set.of("java", "kt", "kts", "scala", "groovy", "go", "py", "rb",
            "js", "jsx", "ts", "tsx", "cs", "fs", "rs", "php", "swift", "c", "cc", "cpp", "h", "ex", "exs", "clj", "dart");

    private AppCodePaths() {}

    static boolean matches(String path) {
        if (DeliveryPaths.matches(path)) return false;
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && !name.endsWith(".gradle.kts");
    }
}
