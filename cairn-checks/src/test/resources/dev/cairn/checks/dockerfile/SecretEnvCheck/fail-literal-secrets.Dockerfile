# expect: DKR-007 "ARG sets NPM_TOKEN to a literal value, readable in the image history"
ARG NPM_TOKEN=npm_3f9c2a71b0d84a6e
FROM node:22.11.0-slim
# expect: DKR-007 "ENV sets DB_PASSWORD to a literal value, readable in the image config"
ENV DB_PASSWORD=hunter2
# expect: DKR-007 "ENV sets GITHUB_TOKEN to a literal value"
ENV GITHUB_TOKEN ghp_16C7e42F292c6912E7710c838347Ae178B4a
# expect: DKR-007 "ENV sets aws_secret_access_key, Api-Key to a literal value"
ENV REGION=eu-west-1 \
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG bPxRfiCYEXAMPLEKEY" \
    Api-Key='k-123'
