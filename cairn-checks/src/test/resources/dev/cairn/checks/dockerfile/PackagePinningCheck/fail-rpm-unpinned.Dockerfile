FROM registry.access.redhat.com/ubi9/ubi:9.5
# expect: DKR-005 "RUN installs jq, python3-pip without a version: pin each package (name-version) so that rebuilds install the same versions"
RUN dnf install -y --setopt install_weak_deps=False jq python3-pip tar-1.34 && dnf clean all
# expect: DKR-005 "RUN installs git without a version: pin each package (name-version)"
RUN yum -y install git && yum clean all
