FROM ubuntu:24.04
# expect: DKR-023 "RUN runs apt update, whose command line is not stable for scripts: use apt-get"
RUN apt update && apt install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 && rm -rf /var/lib/apt/lists/*
