FROM golang:1.23 AS build
RUN go build -o /out/api ./cmd/api

FROM node:22.11 AS web
RUN npm ci && npm run build

# Names are compared case-insensitively.
# expect: DKR-013 "stage build is named already by the FROM on line 1, so the build fails"
FROM golang:1.23 AS Build
RUN go build -o /out/worker ./cmd/worker

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
