FROM node:22.11.0 AS base
USER node
RUN npm --version
# expect: DKR-001 "the image runs as root (USER 0:0, inherited by the final stage from stage \"base\")"
USER 0:0

FROM base
COPY app.js /app/app.js
CMD ["node", "/app/app.js"]
