package id.go.trenggalekkab.aptika.letter;

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
 * Letter numbers on a real PostgreSQL server: approvals at the same moment, each in its own
 * transaction and connection, as the job executor's threads run them.
 */
class LetterNumberingIT {

  static EmbeddedPostgres postgres;
  static DataSource dataSource;
  static LetterNumbering numbering;
  static TransactionTemplate transaction;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).load().migrate();
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    numbering =
        new LetterNumbering(
            JdbcClient.create(dataSource), transactions, LetterFixtures.properties());
    transaction = new TransactionTemplate(transactions);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void fiftyConcurrentApprovalsGetFiftyDistinctConsecutiveNumbers() throws Exception {
    // given: a year without any letter yet, so the approvals also race to create its counter
    int year = 2031;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(50);
    List<Future<LetterNumbering.Number>> approvals = new ArrayList<>();

    // when
    for (int i = 0; i < 50; i++) {
      approvals.add(
          threads.submit(
              () -> {
                start.await();
                return transaction.execute(
                    status -> {
                      LetterNumbering.Number number = numbering.next(year);
                      pause(); // the rest of the approval's work, holding the lock
                      return number;
                    });
              }));
    }
    start.countDown();
    List<LetterNumbering.Number> numbers = new ArrayList<>();
    for (Future<LetterNumbering.Number> approval : approvals) {
      numbers.add(approval.get());
    }
    threads.shutdown();

    // then
    assertThat(numbers)
        .extracting(LetterNumbering.Number::sequence)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    assertThat(numbers)
        .extracting(LetterNumbering.Number::text)
        .doesNotHaveDuplicates()
        .contains("060/ 001 /406.020/2031", "060/ 050 /406.020/2031");
  }

  @Test
  void anApprovalThatRollsBackGivesItsNumberBack() {
    int year = 2032;
    transaction.executeWithoutResult(status -> numbering.next(year));
    transaction.executeWithoutResult(
        status -> {
          assertThat(numbering.next(year).sequence()).isEqualTo(2);
          status.setRollbackOnly(); // signing failed
        });

    Integer afterRollback = transaction.execute(status -> numbering.next(year).sequence());
    assertThat(afterRollback).isEqualTo(2);
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
