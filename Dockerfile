# Builds one side of the backend as a container: docker build --build-arg MODULE=command-side .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
ARG MODULE
COPY --from=build /src/${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/app.jar"]
