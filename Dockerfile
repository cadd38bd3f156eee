# Two stages: Maven builds the jar, a JRE-only image runs it as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY conversations conversations
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# curl for the health check; fontconfig for the digest's chart rendering.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl fontconfig \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 --user-group mlops \
    && mkdir /data && chown mlops:mlops /data
COPY --from=build /src/target/mlops-guide.jar /app/mlops-guide.jar
# The embeddings library must never call out; Slack signatures are checked over UTF-8 bodies. A 256 MB heap is what
# the app needs (measured: about 350-400 MB resident after answering, the language model's native memory included),
# rather than a share of whatever the node has. Without the C2 compiler the app is ready in about 3.4 s instead of 4.8
# from a fresh folder on two cores, and answers as fast (the time goes to ONNX Runtime's native code); see
# docs/developing.md#start-up-and-memory.
ENV MLOPS_GUIDE_DATA_DIR=/data \
    MLOPS_GUIDE_HOST=0.0.0.0 \
    MLOPS_GUIDE_PORT=3000 \
    OPT_OUT_TRACKING=true \
    JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8 -Dai.djl.offline=true -Xmx256m -XX:TieredStopAtLevel=1"
# Class data sharing: one run of the sandbox (the real app against its own fake Slack, nothing leaves the build) records
# the classes a start loads into an archive that every start then maps instead of loading them (measured by hand with
# the jar: ready in 2.3 s instead of 3.4 from a fresh folder, 170 instead of 190 MB resident). The build fails if the
# archive is not made.
RUN MLOPS_GUIDE_DATA_DIR=/tmp/cds-training MLOPS_GUIDE_PORT=3999 \
        java -XX:ArchiveClassesAtExit=/app/mlops-guide.jsa -jar /app/mlops-guide.jar sandbox & pid=$!; \
    for attempt in $(seq 300); do curl -fs -o /dev/null http://127.0.0.1:3999/ && break; sleep 0.2; done; \
    kill $pid; wait $pid; rm -rf /tmp/cds-training; test -s /app/mlops-guide.jsa
USER 10001
WORKDIR /home/mlops
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:3000/healthz || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/mlops-guide.jsa", "-jar", "/app/mlops-guide.jar"]
CMD ["serve"]
