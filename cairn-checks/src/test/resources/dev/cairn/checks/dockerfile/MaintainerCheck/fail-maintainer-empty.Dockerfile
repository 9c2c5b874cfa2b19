FROM alpine:3.20
# expect: DKR-014 "MAINTAINER is deprecated: write LABEL org.opencontainers.image.authors=\"...\" instead"
MAINTAINER
USER 10001
