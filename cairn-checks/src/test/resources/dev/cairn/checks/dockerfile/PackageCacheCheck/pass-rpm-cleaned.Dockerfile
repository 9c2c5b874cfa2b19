FROM registry.access.redhat.com/ubi9/ubi:9.5
RUN dnf install -y jq-1.6 && dnf clean all
RUN yum install -y tar-1.34 && rm -rf /var/cache/yum
RUN microdnf install -y shadow-utils-4.9 && microdnf clean all
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y git-2.43.5
