FROM ubuntu:24.04
RUN echo "no sudo needed" && echo sudo
RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 \
 && rm -rf /var/lib/apt/lists/*
USER 10001
