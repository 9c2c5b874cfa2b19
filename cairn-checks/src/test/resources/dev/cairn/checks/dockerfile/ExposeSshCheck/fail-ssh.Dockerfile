FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.6p1-3ubuntu13 \
    && rm -rf /var/lib/apt/lists/*
# expect: DKR-015 "EXPOSE 8080 22/tcp opens the SSH port, a way into the container beside the application"
EXPOSE 8080 22/tcp
USER 10001
CMD ["/usr/sbin/sshd", "-D"]
