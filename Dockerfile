# cairn as a container: the CLI, and the dashboard (cairn serve) that deploy/ runs in the staging cluster.
FROM maven:3.9.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q package -DskipTests -Djacoco.skip=true

FROM eclipse-temurin:21.0.5_11-jre
LABEL org.opencontainers.image.source="https://github.com/cairn-dev/cairn" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=build /src/cairn-cli/target/cairn.jar /opt/cairn/cairn.jar
USER 10001:10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/opt/cairn/cairn.jar"]
CMD ["--help"]
