FROM alpine:3.20
WORKDIR /srv
# expect: DKR-010 "WORKDIR app is relative to the previous working directory"
WORKDIR app
# expect: DKR-010 "WORKDIR src/app is relative"
WORKDIR "src/app"
