data "aws_iam_policy_document" "assume_nodes" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "nodes" {
  name               = "orders-nodes"
  assume_role_policy = data.aws_iam_policy_document.assume_nodes.json
}
