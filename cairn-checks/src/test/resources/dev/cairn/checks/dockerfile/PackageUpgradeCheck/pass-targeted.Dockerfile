FROM debian:12.8-slim
RUN apt-get update \
 && apt-get install -y --only-upgrade openssl=3.0.15-1~deb12u1 \
 && rm -rf /var/lib/apt/lists/*
RUN echo "apt-get upgrade is not run here"

FROM registry.access.redhat.com/ubi9/ubi:9.5
# Updating named packages takes their fixes only.
RUN dnf update -y openssl-libs && dnf clean all
