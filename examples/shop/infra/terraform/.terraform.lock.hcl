# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.80.0"
  constraints = ">= 4.33.0, >= 5.79.0, ~> 5.80"
  hashes = [
    "h1:q8pO6RjkXJ9pC6yQ0P5u0S4Xl0u2lQyQnE1u0s6c0GA=",
  ]
}
