resource "google_container_cluster" "shop" {
  name     = "shop"
  location = "europe-west1"
}
