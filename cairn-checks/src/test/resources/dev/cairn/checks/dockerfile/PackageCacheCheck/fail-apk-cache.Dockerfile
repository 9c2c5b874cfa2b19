FROM alpine:3.20
# expect: DKR-004 "RUN installs packages with apk add without --no-cache"
RUN apk update && apk add jq=1.7.1-r0
