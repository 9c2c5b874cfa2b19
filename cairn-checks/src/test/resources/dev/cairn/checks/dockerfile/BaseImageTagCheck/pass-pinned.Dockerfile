ARG PY_TAG
ARG ALPINE=alpine
FROM golang:1.23.4-bookworm AS build
FROM python:${PY_TAG}-slim AS python
FROM ${ALPINE:-busybox}:3.20 AS tools
FROM registry.example.com:5000/team/base:2.1.0 AS base
FROM nginx@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a AS web
FROM scratch AS empty
FROM BUILD
COPY --from=tools /bin/busybox /bin/busybox
