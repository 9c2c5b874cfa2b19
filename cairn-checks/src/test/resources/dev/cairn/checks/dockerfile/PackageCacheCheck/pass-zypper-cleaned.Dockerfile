FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all
RUN zypper in -y git && zypper cc -a
