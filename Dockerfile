# par-server in a container: docs/server.md#docker.
#   docker build -t par-server .
#   docker run --read-only --tmpfs /tmp:rw,size=64m -p 127.0.0.1:8080:8080 --stop-timeout 70 par-server
# Multi-stage: the reactor is built in a Maven image; the runtime image holds a JRE and the one jar,
# runs as a non-root user, and needs no writable file system but /tmp (Tomcat's work directory).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# par-server and the modules it depends on; no tests here (CI runs them).
RUN mvn -B -ntp -q -pl par-server -am package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 par \
 && useradd --system --uid 10001 --gid par --no-create-home --shell /usr/sbin/nologin par
COPY --from=build --chown=root:root --chmod=0444 /src/par-server/target/par-server.jar /opt/par/par-server.jar
USER 10001:10001
ENV PAR_HOST=0.0.0.0 \
    PAR_PORT=8080
EXPOSE 8080
# SIGTERM reaches the JVM directly (exec form): requests in flight finish before it exits.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp", "-jar", "/opt/par/par-server.jar"]
