#!/bin/sh
curl -fsS "https://${HOST:-staging.acme.io}/healthz"
