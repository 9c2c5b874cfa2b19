#!/bin/sh
set -eu
docker build -t ghcr.io/acme/orders:"$1" .
docker push ghcr.io/acme/orders:"$1"
