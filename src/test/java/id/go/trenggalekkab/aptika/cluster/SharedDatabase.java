package id.go.trenggalekkab.aptika.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The one PostgreSQL every node uses (the embedded server's binaries, same major version as
 * docker-compose.yml). It can be stopped and started again on the same data directory and port, as
 * a database server that goes away for a while and comes back.
 */
final class SharedDatabase implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private SharedDatabase(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  static SharedDatabase start() throws IOException {
    Path dir = AppNode.WORK.resolve("postgres");
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    SharedDatabase database = new SharedDatabase(dir, AppNode.freePort());
    database.startServer();
    return database;
  }

  void startServer() throws IOException {
    server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
  }

  void stopServer() throws IOException {
    server.close();
    server = null;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** The settings that put a node on this database. */
  Map<String, String> nodeProperties() {
    return Map.of(
        "spring.datasource.url", jdbcUrl(),
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "postgres");
  }

  JdbcTemplate jdbc() {
    return new JdbcTemplate(server.getPostgresDatabase());
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      stopServer();
    }
    FileSystemUtils.deleteRecursively(dataDirectory);
  }
}
