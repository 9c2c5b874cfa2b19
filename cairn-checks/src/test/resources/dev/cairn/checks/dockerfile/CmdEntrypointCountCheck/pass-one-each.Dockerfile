FROM golang:1.23.4 AS build
CMD ["go", "test", "./..."]

FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["--port=8080"]
