FROM opensuse/leap:15.6
# expect: DKR-004 "RUN installs packages with zypper but keeps its cache in /var/cache/zypp: end the same RUN with && zypper clean --all"
RUN zypper --non-interactive install curl
