# The application image. Build the jar first with `mvn package` (the machine's Maven settings
# reach the registries; the image build needs none).
FROM eclipse-temurin:17-jre
# Liberation Serif is embedded in the office's letters (PDF).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /app aptika
WORKDIR /app
# ./data holds the local signer's certificate (see README, "Signing"): a volume in production.
RUN mkdir -p /app/data && chown aptika /app/data
COPY target/layanan-aptika-*.jar /app/layanan-aptika.jar
USER aptika
EXPOSE 8080
ENV TZ=Asia/Jakarta
ENTRYPOINT ["java", "-jar", "/app/layanan-aptika.jar"]
