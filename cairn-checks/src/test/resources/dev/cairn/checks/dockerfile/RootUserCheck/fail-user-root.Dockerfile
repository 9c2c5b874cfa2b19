FROM debian:12.8-slim
USER 10001
RUN id
# Only the last USER of the final stage counts.
# expect: DKR-001 "the image runs as root (USER root)"
USER root
CMD ["bash"]
