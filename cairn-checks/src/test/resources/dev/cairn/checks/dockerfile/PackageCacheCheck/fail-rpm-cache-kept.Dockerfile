FROM registry.access.redhat.com/ubi9/ubi:9.5
# expect: DKR-004 "RUN installs packages with dnf but keeps its cache in /var/cache/dnf: end the same RUN with && dnf clean all"
RUN dnf install -y jq-1.6
# expect: DKR-004 "RUN installs packages with yum but keeps its cache in /var/cache/yum: end the same RUN with && yum clean all"
RUN yum install -y --setopt tsflags=nodocs tar-1.34 && yum clean metadata
# expect: DKR-004 "RUN installs packages with microdnf but keeps its cache in /var/cache/dnf: end the same RUN with && microdnf clean all"
RUN microdnf install -y shadow-utils-4.9
# Cleaning in a later RUN does not shrink the earlier layer.
RUN dnf clean all
