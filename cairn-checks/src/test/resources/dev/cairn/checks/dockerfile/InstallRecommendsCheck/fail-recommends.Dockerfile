FROM debian:12.8-slim AS build
# A build stage is thrown away: what it installs does not ship.
RUN apt-get update && apt-get install -y build-essential=12.9 && rm -rf /var/lib/apt/lists/*

FROM debian:12.8-slim
# expect: DKR-017 "RUN runs apt-get install without --no-install-recommends, so every package the requested ones recommend comes too"
RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
# expect: DKR-017 "RUN runs apt install without --no-install-recommends"
RUN apt update && apt install -y jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
