FROM node:22.12-slim
WORKDIR /app
# expect: DKR-020 "COPY copies 2 sources to /app, which does not end with /, so the build fails: write /app/"
COPY package.json package-lock.json /app
# expect: DKR-020 "ADD copies 3 sources to ./config"
ADD --chown=node:node a.yaml b.yaml c.yaml ./config
# expect: DKR-020 "COPY copies 2 sources to /srv"
COPY ["index.js", "lib", "/srv"]
