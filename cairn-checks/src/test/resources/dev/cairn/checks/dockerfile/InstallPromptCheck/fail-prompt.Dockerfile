FROM debian:12.8-slim AS build
# expect: DKR-018 "RUN runs apt-get install without -y, so the build stops with no one to answer whenever it would install more than the packages named: add -y"
RUN apt-get update && apt-get install --no-install-recommends build-essential=12.9

FROM registry.access.redhat.com/ubi9/ubi:9.5
# expect: DKR-018 "RUN runs dnf install without -y"
RUN dnf install jq-1.6 && dnf clean all
# expect: DKR-018 "RUN runs yum install without -y"
RUN yum install tar-1.34 && yum clean all

FROM opensuse/leap:15.6
# expect: DKR-018 "RUN runs zypper install without --non-interactive"
RUN zypper install curl && zypper clean --all
