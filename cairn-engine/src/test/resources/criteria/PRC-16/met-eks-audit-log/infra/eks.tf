resource "aws_eks_cluster" "shop" {
  name     = "shop-staging"
  role_arn = aws_iam_role.cluster.arn
  version  = "1.31"

  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
