FROM debian:12.8-slim
# expect: DKR-005 "RUN installs curl, git without a version"
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates=20230311 git \
 && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
# expect: DKR-005 "RUN installs gcc without a version"
RUN apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r0
# expect: DKR-005 "RUN installs a, b, c, d, e and 2 more without a version"
RUN ["sh", "-c", "apk add --no-cache a b c d e f g"]
