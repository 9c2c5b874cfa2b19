FROM debian:12.8-slim
ARG PACKAGES
RUN apt-get update \
 && apt-get install -y -o Dpkg::Options::=--force-confold --no-install-recommends vim=2:9.0.1378-2 \
 && apt-get install -y ./vendor/tool_1.2.3_amd64.deb \
 && apt-get install -y $PACKAGES \
 && rm -rf /var/lib/apt/lists/*
RUN echo "apt-get install curl" > /tmp/notes.txt

FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r0 'jq~1.7'
