FROM node:22.11.0-slim AS build
# Secrets used by a build stage only do not reach the image.
COPY .npmrc id_rsa /root/
RUN npm ci

FROM node:22.11.0-slim
# expect: DKR-008 "COPY puts .env into the image"
COPY .env /app/
# expect: DKR-008 "COPY puts deploy/id_ed25519 into the image"
COPY --chown=node:node deploy/id_ed25519 /home/node/.ssh/
# expect: DKR-008 "ADD puts certs/server.key into the image"
ADD certs/server.crt certs/server.key /etc/tls/
# expect: DKR-008 "COPY puts config/application-prod.yml into the image"
COPY ["config/application-prod.yml", "/app/config/"]
