FROM nginx:1.27.3 AS base
HEALTHCHECK CMD curl -f http://localhost/ || exit 1

FROM base
# One HEALTHCHECK in the stage that ships replaces the base image's.
HEALTHCHECK --interval=30s CMD curl -f http://localhost/healthz || exit 1
