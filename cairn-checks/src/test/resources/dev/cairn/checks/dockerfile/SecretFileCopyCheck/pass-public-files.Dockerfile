FROM node:22.11.0-slim AS build
COPY .npmrc /root/.npmrc
COPY deploy/id_rsa /root/.ssh/id_rsa

FROM node:22.11.0-slim
COPY .env.example /app/
COPY certs/ca.pem /usr/local/share/ca-certificates/ca.crt
COPY config/application.yml /app/config/
COPY --from=build /app/dist /app/dist
COPY . /app
