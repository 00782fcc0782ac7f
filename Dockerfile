# The application image. Build the jar first with `mvn package` (the machine's Maven settings
# reach the registries; the image build needs none).
FROM eclipse-temurin:17-jre
# Liberation Serif is embedded in the office's letters (PDF); curl runs the health check.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /app aptika
WORKDIR /app
# ./data holds the local signer's certificate (see README, "Signing"): a volume in production.
RUN mkdir -p /app/data && chown aptika /app/data
ENV TZ=Asia/Jakarta
# Heap and the rest from the container's memory limit, not a fixed -Xmx: at most three quarters
# for the heap, the rest for metaspace, threads and PDF rendering. The heap starts at the JVM's
# default size and grows with the work, its young generation a sixth of it (NewRatio=5, not 2:
# more frequent, short collections); together 60 MiB less resident memory after the start
# (docs/performance.md, "Start and memory"). Out of memory ends the process, so the container is
# restarted instead of limping on. The serial collector whatever the container's size (the JVM
# would pick G1 from 2 CPUs and 2 GB): the office's load needs no concurrent collector, and it
# keeps a third of the resident memory off. Only the quick compiler (C1, TieredStopAtLevel=1, as
# `mvn spring-boot:run` does): the start in about 5 s instead of 8 and 40-90 MiB less memory, as
# the optimising compiler no longer takes half the CPU of the start; the price is about a fifth
# less throughput once a node has served thousands of requests, far above an office's load
# (docs/performance.md, "Only the quick compiler"). Override with JAVA_TOOL_OPTIONS.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:NewRatio=5 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
# Class data sharing (docs/performance.md, "Start and memory"): the jar is unpacked, and a
# training run that starts the context and exits (Spring Boot's onRefresh) writes an archive of
# the classes a start loads. Same JVM, same jar, same options as the ENTRYPOINT; the start then
# maps those classes instead of reading and verifying them out of nested jars.
COPY target/layanan-aptika-*.jar /tmp/layanan-aptika.jar
RUN java -Djarmode=tools -jar /tmp/layanan-aptika.jar extract --destination /app/lib-app \
    && rm /tmp/layanan-aptika.jar && mkdir /tmp/train && cd /tmp/train \
    && java -XX:ArchiveClassesAtExit=/app/lib-app/app.jsa -Dspring.context.exit=onRefresh \
       -jar /app/lib-app/layanan-aptika.jar > /dev/null \
    && cd / && rm -rf /tmp/train
USER aptika
EXPOSE 8080
# /actuator/health is open and answers 503 when the database or the engine is down. Start-up
# (engine, Flyway, deployments) takes a minute or two on a small machine.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/lib-app/app.jsa", "-jar", "/app/lib-app/layanan-aptika.jar"]
