terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.70" }
  }
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.13.0"
  cidr    = "10.40.0.0/16"
}

module "cluster" {
  source = "git::https://github.com/acme/tf-eks-cluster.git?ref=v2.3.1"
  vpc_id = module.vpc.vpc_id
}
