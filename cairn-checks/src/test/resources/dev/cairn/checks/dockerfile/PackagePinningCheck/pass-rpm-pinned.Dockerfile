FROM registry.access.redhat.com/ubi9/ubi:9.5
RUN dnf install -y jq-1.6 glibc-langpack-en-2.34-100.el9 && dnf clean all
# Groups, module streams, local packages and variables are not judged.
RUN dnf install -y @development-tools nodejs:20 ./vendor/tool-1.rpm "${EXTRA}" && dnf clean all
RUN microdnf install -y https://example.com/agent.rpm && microdnf clean all
