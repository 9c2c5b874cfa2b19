FROM ubuntu:24.04
# expect: DKR-009 "RUN uses sudo"
RUN sudo apt-get update
# expect: DKR-009 "RUN uses sudo"
RUN echo "127.0.0.1 api" | sudo -E tee -a /etc/hosts
# expect: DKR-009 "RUN uses sudo"
RUN ["/usr/bin/sudo", "-u", "app", "make"]
