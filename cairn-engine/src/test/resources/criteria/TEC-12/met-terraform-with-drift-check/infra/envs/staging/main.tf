module "cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "20.24.0"
}
