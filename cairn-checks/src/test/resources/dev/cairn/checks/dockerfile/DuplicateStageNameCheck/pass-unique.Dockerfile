FROM golang:1.23 AS build-api
RUN go build -o /out/api ./cmd/api

FROM golang:1.23 AS build-worker
RUN go build -o /out/worker ./cmd/worker

# Unnamed stages need no name.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build-api /out/api /api
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build-worker /out/worker /worker
