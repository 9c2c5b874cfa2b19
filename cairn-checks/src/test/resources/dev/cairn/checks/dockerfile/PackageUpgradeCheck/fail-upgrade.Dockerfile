FROM ubuntu:24.04
# expect: DKR-012 "RUN runs apt-get upgrade, so the image depends on the day it was built"
RUN apt-get update && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*
# expect: DKR-012 "RUN runs apt dist-upgrade"
RUN apt update && apt dist-upgrade -y && rm -rf /var/lib/apt/lists/*

FROM opensuse/leap:15.6
# expect: DKR-012 "RUN runs zypper dup"
RUN zypper --non-interactive dup

FROM registry.access.redhat.com/ubi9/ubi:9.5
# expect: DKR-012 "RUN runs yum update"
RUN yum -y update && yum clean all
# expect: DKR-012 "RUN runs microdnf upgrade"
RUN microdnf upgrade -y && microdnf clean all
