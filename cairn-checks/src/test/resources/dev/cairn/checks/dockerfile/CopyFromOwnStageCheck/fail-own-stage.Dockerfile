FROM golang:1.23.4 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app
# expect: DKR-019 "COPY --from=Build names the stage it is in, which does not exist yet while it is built, so the build fails"
COPY --from=Build /out/app /usr/local/bin/app

FROM gcr.io/distroless/static-debian12:nonroot
# expect: DKR-019 "COPY --from=1 names the stage it is in"
COPY --from=1 /etc/passwd /etc/passwd
