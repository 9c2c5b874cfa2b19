module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.13.0"
}

module "cluster" {
  source = "git::https://github.com/acme/tf-eks-cluster.git?ref=main"
  vpc_id = module.vpc.vpc_id
}
