FROM golang:1.23.4 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app

# expect: DKR-001 "the final stage sets no USER, so the image runs as the base image's user"
FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["app"]
