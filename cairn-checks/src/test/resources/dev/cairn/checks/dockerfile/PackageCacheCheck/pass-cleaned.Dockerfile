FROM debian:12.8-slim AS build
RUN apt-get update && apt-get install -y build-essential=12.9

FROM debian:12.8-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked \
    --mount=type=cache,target=/var/cache/apt \
    apt-get update && apt-get install -y jq=1.6-2.1
RUN <<EOF
apt-get update
apt-get install -y git=1:2.39.5-0+deb12u1
rm -rf /var/lib/apt/lists/*
EOF
COPY --from=alpine:3.20 /sbin/apk /sbin/apk
RUN apk add --no-cache curl=8.9.1-r0
