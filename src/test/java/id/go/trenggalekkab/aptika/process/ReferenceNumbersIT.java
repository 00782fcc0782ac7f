package id.go.trenggalekkab.aptika.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reference numbers on a real PostgreSQL server: requests started at the same moment, each in its
 * own transaction and connection, as several nodes' threads would start them.
 */
class ReferenceNumbersIT {

  static EmbeddedPostgres postgres;
  static ReferenceNumbers numbers;
  static TransactionTemplate transaction;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    DataSource dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).load().migrate();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    numbers = new ReferenceNumbers(JdbcClient.create(dataSource), transactions, null);
    transaction = new TransactionTemplate(transactions);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void requestsStartedAtTheSameMomentNeverShareANumber() throws Exception {
    // given: a year without any request yet, so the starts also race to create the counters
    int year = 2031;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(40);
    List<Future<String>> starts = new ArrayList<>();

    // when: 25 subdomain and 15 SPLP account requests at once
    for (int i = 0; i < 40; i++) {
      String prefix = i % 8 < 5 ? "SD" : "SPLP";
      starts.add(
          threads.submit(
              () -> {
                start.await();
                return transaction.execute(
                    status -> {
                      String number = numbers.next(prefix, year);
                      pause(); // the rest of the start's work, holding the lock
                      return number;
                    });
              }));
    }
    start.countDown();
    List<String> given = new ArrayList<>();
    for (Future<String> started : starts) {
      given.add(started.get());
    }
    threads.shutdown();

    // then
    assertThat(given)
        .doesNotHaveDuplicates()
        .containsAll(
            IntStream.rangeClosed(1, 25).mapToObj(n -> "SD-2031-%04d".formatted(n)).toList())
        .containsAll(
            IntStream.rangeClosed(1, 15).mapToObj(n -> "SPLP-2031-%04d".formatted(n)).toList());
  }

  @Test
  void eachYearCountsFromOneAndARolledBackStartGivesItsNumberBack() {
    transaction.executeWithoutResult(status -> numbers.next("API", 2032));
    transaction.executeWithoutResult(
        status -> {
          assertThat(numbers.next("API", 2032)).isEqualTo("API-2032-0002");
          status.setRollbackOnly(); // the start failed after the number was taken
        });

    String again = transaction.execute(status -> numbers.next("API", 2032));
    String nextYear = transaction.execute(status -> numbers.next("API", 2033));
    assertThat(again).isEqualTo("API-2032-0002");
    assertThat(nextYear).isEqualTo("API-2033-0001");
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
