package dev.cairn.maturity.criteria.technology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerraformModulesTest {
    private static final String MAIN = """
            module "vpc" {
              source  = "terraform-aws-modules/vpc/aws"
              version = "~> 5.8"
              tags = {
                team = "shop" # a nested block must not end the module
              }
            }

            module "eks" {
              source = "terraform-aws-modules/eks/aws"
            }

            module "dns" {
              source = "git::https://github.com/acme/tf-dns.git?ref=v1.4.0"
            }

            module "buckets" {
              source = "github.com/acme/tf-buckets?ref=main"
            }

            module "queues" {
              source = "git@github.com:acme/tf-queues.git"
            }

            module "naming" {
              source = "../modules/naming"
            }

            module "private" {
              source  = "app.terraform.io/acme/network/aws"
              version = "2.1.0"
            }
            """;

    @Test
    void registryModulesPinWithVersionAndGitModulesWithATagOrCommitRef() {
        List<TerraformModules.Module> modules = TerraformModules.in(files(MAIN), "*.tf");

        assertThat(modules).extracting(TerraformModules.Module::name)
                .containsExactly("vpc", "eks", "dns", "buckets", "queues", "naming", "private");
        assertThat(modules).extracting(TerraformModules.Module::pinned)
                .containsExactly(true, false, true, false, false, true, true);
        assertThat(modules.get(0).version()).isEqualTo("~> 5.8");
    }

    @Test
    void theLocationIsTheSourceLine() {
        TerraformModules.Module eks = TerraformModules.in(files(MAIN), "*.tf").get(1);

        assertThat(eks.location().path().value()).isEqualTo("infra/main.tf");
        assertThat(eks.location().span().startLine()).isEqualTo(10);
        assertThat(eks.location().span().startColumn()).isEqualTo(3);
    }

    @Test
    void aBraceInsideAStringDoesNotCloseTheBlock() {
        List<TerraformModules.Module> modules = TerraformModules.in(files("""
                module "app" {
                  name    = "weird}name"
                  source  = "acme/app/aws"
                  version = "1.0.0"
                }
                """), "*.tf");

        assertThat(modules).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo("acme/app/aws");
            assertThat(m.pinned()).isTrue();
        });
    }

    private static RepositoryFiles files(String text) {
        SourcePath path = SourcePath.of("infra/main.tf");
        return new RepositoryFiles(List.of(path), Map.of(path, text.lines().toList()));
    }
}
