FROM nginx:1.27.3
# expect: DKR-021 "this HEALTHCHECK has no effect: the one on line 4 replaces it; keep one"
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
HEALTHCHECK --interval=30s CMD curl -f http://localhost/healthz || exit 1
