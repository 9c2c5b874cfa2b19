# The staging network and cluster of the shop POC. The platform team applies this from its own pipeline;
# module versions are pinned so that a plan today and a plan next month mean the same thing.
terraform {
  required_version = ">= 1.9"
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "shop/staging.tfstate"
    region = "eu-central-1"
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.80" }
  }
}

provider "aws" {
  region = "eu-central-1"
}

# 10.40.0.0/16 for staging (ADR 0002): private subnets for the nodes, public ones only for the load balancer.
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.16.0"

  name            = "acme-staging"
  cidr            = "10.40.0.0/16"
  azs             = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
  private_subnets = ["10.40.0.0/19", "10.40.32.0/19", "10.40.64.0/19"]
  public_subnets  = ["10.40.96.0/22", "10.40.100.0/22", "10.40.104.0/22"]
  enable_nat_gateway = true
  single_nat_gateway = true
}

module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "20.31.0"

  cluster_name    = "acme-staging"
  cluster_version = "1.33"
  vpc_id          = module.vpc.vpc_id
  subnet_ids      = module.vpc.private_subnets

  # The API server's audit log goes to CloudWatch with the other control plane logs.
  cluster_enabled_log_types = ["api", "audit", "authenticator"]

  eks_managed_node_groups = {
    default = {
      instance_types = ["m6i.large"]
      min_size       = 2
      max_size       = 4
      desired_size   = 2
    }
  }
}

# The role CI assumes through GitHub OIDC to deploy to staging; it can reach the cluster and nothing else.
resource "aws_iam_role" "shop_staging_deployer" {
  name = "shop-staging-deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::210987654321:oidc-provider/token.actions.githubusercontent.com" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:sub" = "repo:acme/shop:environment:staging" }
      }
    }]
  })
}
