cluster_name = "shop-staging"
