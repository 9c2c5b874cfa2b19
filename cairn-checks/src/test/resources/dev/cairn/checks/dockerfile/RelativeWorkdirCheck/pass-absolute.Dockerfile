FROM alpine:3.20
ARG APP_HOME=/srv/app
WORKDIR /app
WORKDIR "/opt/my app"
WORKDIR $HOME/app
WORKDIR ${APP_HOME}

FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\app
