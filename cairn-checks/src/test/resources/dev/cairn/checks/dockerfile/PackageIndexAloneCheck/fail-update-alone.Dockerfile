FROM debian:12.8-slim AS build
# A build stage installs from the stale index just the same.
# expect: DKR-016 "RUN runs apt-get update alone: Docker reuses this layer from its build cache, so a later RUN installs from an index as old as the cache"
RUN apt-get update
RUN apt-get install -y --no-install-recommends build-essential=12.9 && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
# expect: DKR-016 "RUN runs apk update alone"
RUN apk update && echo refreshed
RUN apk add --no-cache curl=8.9.1-r0

FROM registry.access.redhat.com/ubi9/ubi:9.5
# expect: DKR-016 "RUN runs dnf makecache alone"
RUN dnf makecache
RUN dnf install -y jq-1.6 && dnf clean all
