FROM node:22.12-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY ["index.js", "lib", "/srv/"]
COPY server.js /app/server.js
COPY a.yaml b.yaml ${CONFIG_DIR}
COPY <<EOF /app/banner.txt
hello
EOF
