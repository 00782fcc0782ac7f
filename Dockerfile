# The application image. Build the jar first with `mvn package` (the machine's Maven settings
# reach the registries; the image build needs none).
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app aptika
WORKDIR /app
COPY target/layanan-aptika-*.jar /app/layanan-aptika.jar
USER aptika
EXPOSE 8080
ENV TZ=Asia/Jakarta
ENTRYPOINT ["java", "-jar", "/app/layanan-aptika.jar"]
