variable "vpc_cidr" {
  description = "Address range of the cluster VPC; pods use the secondary range"
  type        = string
  default     = "10.40.0.0/16"
}
