package dev.cairn.maturity.criteria.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How PEO-7 tells test code from application code, per language convention. */
class CodeFilesTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // path, kind (test | app | neither)
            "src/main/java/com/acme/Orders.java,            app",
            "src/test/java/com/acme/OrdersTest.java,        test",
            "service/src/integrationTest/kotlin/ApiIT.kt,   test",
            "src/main/java/com/acme/TestDataFactory.java,   app",
            "lib/OrdersIT.java,                             test",
            "internal/orders/orders.go,                     app",
            "internal/orders/orders_test.go,                test",
            "orders/api.py,                                 app",
            "tests/test_api.py,                             test",
            "orders/test_api.py,                            test",
            "conftest.py,                                   test",
            "web/src/cart.ts,                               app",
            "web/src/cart.spec.ts,                          test",
            "web/src/__tests__/cart.tsx,                    test",
            "web/src/cart.test.mjs,                         test",
            "app/models/order.rb,                           app",
            "spec/models/order_spec.rb,                     test",
            "Orders.Tests/OrderTests.cs,                    test",
            "vendor/github.com/x/y/y_test.go,               neither",
            "web/node_modules/lodash/lodash.js,             neither",
            "web/dist/app.min.js,                           neither",
            "web/src/types.d.ts,                            neither",
            "api/orders.pb.go,                              neither",
            "README.md,                                     neither",
            "cairn-engine/src/test/resources/criteria/PEO-7/met-junit/src/main/java/Order.java, neither",
            "pkg/parser/testdata/broken.go,                 neither",
            "web/src/__fixtures__/cart.ts,                  neither",
            "deploy/deployment.yaml,                        neither",
            "build.gradle.kts,                              neither",
    })
    void classifies(String path, String kind) {
        assertThat(CodeFiles.isTest(path)).as("test").isEqualTo(kind.equals("test"));
        assertThat(CodeFiles.isApplication(path)).as("application").isEqualTo(kind.equals("app"));
    }
}
