FROM debian:12.8-slim AS build
# Build stages are thrown away: their caches do not matter.
RUN apt-get update && apt-get install -y build-essential=12.9

FROM debian:12.8-slim AS base
# expect: DKR-004 "RUN installs packages with apt-get but keeps /var/lib/apt/lists"
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
 && apt-get clean
# Removing the lists in a later RUN does not shrink the earlier layer.
RUN rm -rf /var/lib/apt/lists/*

FROM base
COPY app /usr/local/bin/app
