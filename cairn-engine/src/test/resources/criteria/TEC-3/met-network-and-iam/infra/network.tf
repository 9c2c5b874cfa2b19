resource "aws_vpc" "cluster" {
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.cluster.id
  cidr_block        = cidrsubnet(var.vpc_cidr, 4, 0)
  availability_zone = "eu-west-1a"
}

resource "aws_security_group" "nodes" {
  name   = "orders-nodes"
  vpc_id = aws_vpc.cluster.id
}
