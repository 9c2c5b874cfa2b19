# A build stage may reach a git server over SSH; only the shipped image is judged.
FROM alpine:3.20 AS build
EXPOSE 22
RUN echo build

FROM alpine:3.20
EXPOSE 8080 2222 220
USER 10001
CMD ["/app"]
