FROM golang:1.23.4 AS build
CMD ["go", "test", "./..."]

FROM alpine:3.20
# expect: DKR-011 "ENTRYPOINT is overridden by a later ENTRYPOINT in the same stage"
ENTRYPOINT ["/bin/sh"]
# expect: DKR-011 "CMD is overridden by a later CMD in the same stage and never runs"
CMD ["app", "--debug"]
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["--port=8080"]
