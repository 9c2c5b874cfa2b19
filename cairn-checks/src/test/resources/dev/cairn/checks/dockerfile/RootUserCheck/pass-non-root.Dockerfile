# syntax=docker/dockerfile:1
FROM maven:3.9.9-eclipse-temurin-21 AS build
USER root
RUN mvn -B -q package

FROM eclipse-temurin:21.0.5_11-jre-noble
COPY --from=build /target/app.jar /app/app.jar
USER root
RUN useradd --system --uid 10001 app
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
