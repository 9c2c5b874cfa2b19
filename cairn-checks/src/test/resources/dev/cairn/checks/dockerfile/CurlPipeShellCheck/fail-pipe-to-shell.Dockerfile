FROM debian:12.8-slim
# expect: DKR-006 "RUN pipes a download into sh"
RUN curl -fsSL https://example.com/install.sh | sh
# expect: DKR-006 "RUN pipes a download into bash"
RUN wget -qO- https://example.com/install.sh \
    | sudo bash -s -- --yes
# expect: DKR-006 "RUN pipes a download into sh"
RUN sh -c "$(curl -fsSL https://example.com/install.sh)"
# expect: DKR-006 "RUN pipes a download into bash"
RUN <<EOF
set -e
curl -fsSL https://example.com/setup | bash
EOF
# expect: DKR-006 "RUN pipes a download into sh"
RUN ["/bin/sh", "-c", "curl -sL https://example.com/get | sh"]
