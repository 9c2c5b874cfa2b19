package dev.cairn.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageCommandTest {

    @Test
    void aBuilderImageRunsTheToolItIsNamedAfter() {
        assertThat(ImageCommand.of("gcr.io/cloud-builders/docker", List.of(), List.of("build", "-t", "gcr.io/p/shop:$SHORT_SHA", ".")))
                .isEqualTo("docker build -t gcr.io/p/shop:$SHORT_SHA .");
        assertThat(ImageCommand.of("bitnami/kubectl:1.30", List.of(), List.of("apply", "-k", "deploy")))
                .isEqualTo("kubectl apply -k deploy");
        assertThat(ImageCommand.of("gcr.io/kaniko-project/executor:v1.23.0", List.of(), List.of("--destination=r/shop:1")))
                .isEqualTo("executor --destination=r/shop:1");
    }

    @Test
    void otherImagesRunTheirArgumentsAndAnEntrypointComesFirst() {
        assertThat(ImageCommand.of("maven:3.9-eclipse-temurin-21", List.of(), List.of("mvn", "-B", "verify")))
                .isEqualTo("mvn -B verify");
        assertThat(ImageCommand.of("gcr.io/google.com/cloudsdktool/cloud-sdk", List.of("gcloud"), List.of("run", "deploy", "shop")))
                .isEqualTo("gcloud run deploy shop");
        assertThat(ImageCommand.of("alpine", List.of("bash"), List.of("-c", "make test\nmake image")))
                .isEqualTo("make test\nmake image");
        assertThat(ImageCommand.of("alpine", List.of(), List.of())).isNull();
        assertThat(ImageCommand.of("ubuntu", List.of("echo"), List.of("hello world"))).isEqualTo("echo 'hello world'");
    }
}
