FROM debian:12.8-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
RUN <<EOT
apt-get update
apt-get install -y git=1:2.39.5-0+deb12u1
rm -rf /var/lib/apt/lists/*
EOT

FROM opensuse/leap:15.6
RUN zypper refresh && zypper install -y curl && zypper clean --all
