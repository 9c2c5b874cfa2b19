#!/usr/bin/env bash
# The pipeline's work lives here, so that it runs the same on a laptop.
set -euo pipefail
./scripts/quality.sh
./mvnw -B verify
