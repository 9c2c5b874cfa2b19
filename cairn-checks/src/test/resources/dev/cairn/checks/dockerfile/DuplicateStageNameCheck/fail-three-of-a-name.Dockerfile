FROM alpine:3.20 AS build
RUN echo one

# expect: DKR-013 "stage build is named already by the FROM on line 1"
FROM alpine:3.20 AS build
RUN echo two

# expect: DKR-013 "stage build is named already by the FROM on line 1"
FROM alpine:3.20 AS build
RUN echo three
