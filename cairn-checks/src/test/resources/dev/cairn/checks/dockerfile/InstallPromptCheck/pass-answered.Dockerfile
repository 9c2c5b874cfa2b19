FROM debian:12.8-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -qy install --no-install-recommends jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -qq install --no-install-recommends git=1:2.39.5-0+deb12u1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get --yes install --no-install-recommends make=4.3-4.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -o APT::Get::Assume-Yes=true install --no-install-recommends zip=3.0-13 && rm -rf /var/lib/apt/lists/*

FROM registry.access.redhat.com/ubi9/ubi:9.5
RUN dnf install -y jq-1.6 && dnf clean all
RUN yum --assumeyes install tar-1.34 && yum clean all
# microdnf never asks.
RUN microdnf install shadow-utils-4.9 && microdnf clean all

FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all
RUN zypper -n in git && zypper clean --all
RUN zypper install -y make && zypper clean --all
