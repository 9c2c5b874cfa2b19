FROM debian:12.8-slim
ARG INSTALLER_SHA256=2c1e0c8e4ff0c2a9b1a8b0f7e3d1c6a5b4e3f2a1d0c9b8a7f6e5d4c3b2a1e0f9
RUN curl -fsSLo /tmp/install.sh https://example.com/install-1.4.2.sh \
 && echo "${INSTALLER_SHA256}  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh \
 && rm /tmp/install.sh
RUN curl -fsSL https://example.com/tool-1.2.3.tar.gz | tar -xz -C /opt
# A here-document that only writes a file is data, not a script.
RUN cat <<'EOF' > /usr/local/share/README
Never run: curl https://example.com | sh
EOF
