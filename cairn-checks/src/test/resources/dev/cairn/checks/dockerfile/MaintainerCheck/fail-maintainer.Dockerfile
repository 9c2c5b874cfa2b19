FROM alpine:3.20
# expect: DKR-014 "MAINTAINER is deprecated: write LABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.com>\" instead"
MAINTAINER Jane Doe <jane@example.com>
USER 10001
