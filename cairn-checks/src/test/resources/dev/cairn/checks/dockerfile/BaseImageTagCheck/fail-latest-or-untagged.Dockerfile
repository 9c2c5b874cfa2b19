ARG BASE=python
ARG REGISTRY=registry.example.com:5000
# expect: DKR-002 "FROM \"ubuntu:latest\" uses the latest tag"
FROM ubuntu:latest AS tools
# expect: DKR-002 "FROM \"node\" has no tag, so Docker pulls latest"
FROM --platform=$BUILDPLATFORM node AS web
# expect: DKR-002 "FROM \"${BASE}\" (python) has no tag"
FROM ${BASE} AS app
# expect: DKR-002 "FROM \"${REGISTRY}/team/base\" (registry.example.com:5000/team/base) has no tag"
FROM ${REGISTRY}/team/base
COPY --from=tools /usr/bin/jq /usr/bin/jq
