FROM debian:12.8-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=false jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
# apk installs no recommended packages.
COPY --from=alpine:3.20 /sbin/apk /sbin/apk
RUN apk add --no-cache git=2.45.2-r0
