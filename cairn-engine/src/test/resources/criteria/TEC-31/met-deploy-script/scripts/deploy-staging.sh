#!/bin/sh
set -eu
kubectl apply -k deploy/overlays/staging
kubectl rollout status deployment/orders -n shop-staging --timeout=180s
