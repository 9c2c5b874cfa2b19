FROM alpine:3.20
# expect: DKR-003 "ADD downloads https://example.com/tool-1.2.3.tar.gz without --checksum"
ADD https://example.com/tool-1.2.3.tar.gz /tmp/
# expect: DKR-003 "ADD copies local files: use COPY"
ADD config.yaml /etc/app/
# expect: DKR-003 "ADD copies local files"
ADD ["my file.txt", "/data/"]
