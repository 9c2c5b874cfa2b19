FROM alpine:3.20
COPY config.yaml /etc/app/
ADD rootfs.tar.gz /
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \
    https://example.com/tool-1.2.3.tar.gz /tmp/
ADD https://github.com/moby/buildkit.git#v0.14.1 /src/buildkit
ADD git@github.com:acme/private.git /src/private
