package dev.cairn.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What shell commands do, one row per command a criterion relies on; kinds are exact, not "contains". */
class StepClassifierCommandTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            # build and unit tests
            mvn -B verify => BUILD UNIT_TEST
            ./mvnw -B -ntp package => BUILD UNIT_TEST
            ./mvnw -B package -DskipTests => BUILD
            mvn -B install -Dmaven.test.skip=true => BUILD
            mvn test => UNIT_TEST
            ./gradlew build => BUILD UNIT_TEST
            ./gradlew build -x test => BUILD
            gradle check => UNIT_TEST
            ./gradlew :app:test => UNIT_TEST
            go build ./... => BUILD
            go test ./... => UNIT_TEST
            npm ci => BUILD
            npm run build => BUILD
            npm test => UNIT_TEST
            npx jest --ci => UNIT_TEST
            pytest tests/unit => UNIT_TEST
            python -m pytest => UNIT_TEST
            dotnet build --configuration Release => BUILD
            dotnet test => UNIT_TEST
            cargo build --release => BUILD
            cargo test => UNIT_TEST
            make => BUILD
            make -C service build => BUILD
            make test lint => UNIT_TEST STATIC_ANALYSIS
            # static analysis
            sonar-scanner -Dsonar.projectKey=shop => STATIC_ANALYSIS
            mvn -B verify sonar:sonar => BUILD UNIT_TEST STATIC_ANALYSIS
            mvn org.sonarsource.scanner.maven:sonar-maven-plugin:3.11.0.3922:sonar => STATIC_ANALYSIS
            mvn spotbugs:check checkstyle:check pmd:check => STATIC_ANALYSIS
            golangci-lint run --timeout 5m => STATIC_ANALYSIS
            npx eslint . => STATIC_ANALYSIS
            ruff check . => STATIC_ANALYSIS
            flake8 src => STATIC_ANALYSIS
            # images
            docker build -t shop:dev . => IMAGE_BUILD
            docker buildx build --platform linux/amd64 -t shop:dev . => IMAGE_BUILD
            docker buildx build --push -t ghcr.io/acme/shop:1 . => IMAGE_BUILD IMAGE_PUSH
            docker buildx build --sbom=true --push -t x . => IMAGE_BUILD IMAGE_PUSH SBOM
            buildah bud -t shop . => IMAGE_BUILD
            podman build -t shop . => IMAGE_BUILD
            /kaniko/executor --context . --destination registry/shop:1 => IMAGE_BUILD IMAGE_PUSH
            /kaniko/executor --context . --no-push => IMAGE_BUILD
            mvn -B compile jib:build => BUILD IMAGE_BUILD IMAGE_PUSH
            mvn jib:dockerBuild => IMAGE_BUILD
            ./gradlew jib => IMAGE_BUILD IMAGE_PUSH
            ko build ./cmd/shop => IMAGE_BUILD IMAGE_PUSH
            ko build --local ./cmd/shop => IMAGE_BUILD
            pack build shop --builder paketobuildpacks/builder-jammy-base => IMAGE_BUILD
            mvn spring-boot:build-image => IMAGE_BUILD
            ./gradlew bootBuildImage => IMAGE_BUILD
            docker login -u bot --password-stdin ghcr.io => REGISTRY_LOGIN
            aws ecr get-login-password --region eu-west-1 => REGISTRY_LOGIN
            gcloud auth configure-docker europe-docker.pkg.dev --quiet => REGISTRY_LOGIN
            docker push ghcr.io/acme/shop:1.2.3 => IMAGE_PUSH
            # tags from the commit or a release
            docker build -t ghcr.io/acme/shop:${{ github.sha }} . => IMAGE_BUILD TAG_FROM_SHA
            docker tag shop ghcr.io/acme/shop:$GITHUB_SHA => TAG_FROM_SHA
            docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA => IMAGE_PUSH TAG_FROM_SHA
            docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG => IMAGE_PUSH TAG_FROM_SEMVER
            export IMAGE_TAG=$(git rev-parse --short HEAD) => TAG_FROM_SHA
            echo $GITHUB_SHA =>
            git rev-parse HEAD > commit.txt =>
            # scanners
            trivy image --exit-code 1 --severity CRITICAL,HIGH shop:1 => VULNERABILITY_SCAN
            trivy fs --scanners vuln,secret . => VULNERABILITY_SCAN DEPENDENCY_SCAN SECRET_SCAN
            trivy config deploy/ => CONFIG_SCAN
            trivy image --format cyclonedx --output sbom.cdx.json shop:1 => SBOM
            grype shop:1 --fail-on high => VULNERABILITY_SCAN
            grype dir:. => VULNERABILITY_SCAN DEPENDENCY_SCAN
            snyk test --severity-threshold=high => DEPENDENCY_SCAN
            snyk container test shop:1 => VULNERABILITY_SCAN
            docker scout cves shop:1 => VULNERABILITY_SCAN
            kubescape scan framework nsa deploy/ => CONFIG_SCAN
            kube-linter lint deploy/ => CONFIG_SCAN
            checkov -d infra => CONFIG_SCAN
            conftest test deploy/deployment.yaml => CONFIG_SCAN
            polaris audit --audit-path deploy/ => CONFIG_SCAN
            kube-score score deploy/*.yaml => CONFIG_SCAN
            kics scan -p . => CONFIG_SCAN
            cairn scan . --fail-on high => CONFIG_SCAN
            docker run --rm -v "$PWD:/repo" ghcr.io/cairn-dev/cairn:0.1.0 scan /repo => CONFIG_SCAN
            gitleaks detect --source . --redact => SECRET_SCAN
            trufflehog git file://. --only-verified => SECRET_SCAN
            detect-secrets scan --baseline .secrets.baseline => SECRET_SCAN
            mvn org.owasp:dependency-check-maven:check => DEPENDENCY_SCAN
            osv-scanner -r . => DEPENDENCY_SCAN
            npm audit --audit-level=high => DEPENDENCY_SCAN
            semgrep ci => SAST
            mvn spotbugs:check -Dspotbugs.plugins=findsecbugs => STATIC_ANALYSIS SAST
            syft packages ghcr.io/acme/shop:1 -o cyclonedx-json => SBOM
            mvn org.cyclonedx:cyclonedx-maven-plugin:makeAggregateBom => SBOM
            cdxgen -o bom.json => SBOM
            cosign sign --yes ghcr.io/acme/shop@sha256:abc => SIGNING
            # deployment and smoke tests
            kubectl apply -f deploy/ => DEPLOY
            kubectl -n shop apply -k deploy/overlays/staging => DEPLOY
            kubectl apply --dry-run=server -k deploy/ =>
            kubectl set image deployment/shop shop=ghcr.io/acme/shop:1 => DEPLOY
            kubectl rollout restart deployment/shop => DEPLOY
            kustomize build deploy/overlays/prod | kubectl apply -f - => DEPLOY
            helm upgrade --install shop charts/shop -n shop => DEPLOY
            helm install shop charts/shop => DEPLOY
            helm upgrade --install shop charts/shop --dry-run =>
            skaffold run -p staging => IMAGE_BUILD DEPLOY
            argocd app sync shop => DEPLOY
            flux reconcile kustomization shop --with-source => DEPLOY
            kubectl rollout status deployment/shop --timeout=120s => SMOKE_TEST
            kubectl wait --for=condition=Available deployment/shop => SMOKE_TEST
            curl -fsS https://shop.staging.example/actuator/health => SMOKE_TEST
            wget -qO- http://shop/readyz => SMOKE_TEST
            curl -fsS https://shop.staging.example/ =>
            helm test shop => SMOKE_TEST
            newman run smoke.postman_collection.json => SMOKE_TEST
            k6 run tests/smoke.js => SMOKE_TEST
            k6 run tests/load.js =>
            # repository scripts are judged by their names
            script/test -sv => UNIT_TEST
            bash ./deploy-aks.sh => DEPLOY
            ./scripts/build.sh => BUILD
            python3 scripts/deploy.py --env staging => DEPLOY
            bash trivy-docker-image-scan.sh => VULNERABILITY_SCAN
            ./scripts/install-deps.sh =>
            source .venv/bin/activate =>
            # writing registry credentials where docker or kaniko read them is a login
            echo "{\"auths\":{\"$CI_REGISTRY\":{}}}" > /kaniko/.docker/config.json => REGISTRY_LOGIN
            # notifications, checkout, cloud access, reports
            curl -X POST -d @msg.json https://hooks.slack.com/services/T/B/x => NOTIFICATION
            curl -H 'Content-Type: application/json' -d @card.json "$TEAMS_WEBHOOK_URL" => NOTIFICATION
            mail -s 'build failed' team@example.com => NOTIFICATION
            gh issue create --label ci-failure --title "main is red" --body "$RUN_URL" => NOTIFICATION
            glab issue note 42 --message "the nightly build failed" => NOTIFICATION
            git clone https://github.com/acme/shop.git => CHECKOUT
            gcloud container clusters get-credentials staging --region europe-west1 => CLOUD_AUTH
            aws eks update-kubeconfig --name staging => CLOUD_AUTH
            az login --service-principal -u $ID -p $SECRET --tenant $TENANT => CLOUD_AUTH
            mvn -B verify jacoco:report => BUILD UNIT_TEST COVERAGE
            go test -coverprofile=coverage.out ./... => UNIT_TEST COVERAGE
            pytest --cov=shop tests => UNIT_TEST COVERAGE
            bash <(curl -s https://codecov.io/bash) => COVERAGE
            """)
    void commandKinds(String command, String expected) {
        assertThat(StepClassifier.classifyCommand(command)).isEqualTo(kinds(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a printed command is not run
            echo 'docker build -t x .'
            printf 'kubectl apply -f x'
            # a tool name inside another word or path is not the tool
            ./scripts/mvn-settings.sh
            cat docker/Dockerfile
            cd go
            # reading the tracker tells nobody anything
            gh issue list --label ci-failure
            """)
    void commandsThatDoNothingCriteriaAskAbout(String command) {
        assertThat(StepClassifier.classifyCommand(command)).isEmpty();
    }

    static Set<StepKind> kinds(String names) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        if (names != null) {
            Arrays.stream(names.trim().split("\\s+")).filter(n -> !n.isEmpty()).map(StepKind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }
}
