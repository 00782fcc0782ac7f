package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.system.RowCreation;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reference number of each request ({@code SD-2026-0007}): the process instance's business key,
 * and the variable {@value #VARIABLE} that Tasklist shows on task cards. Numbers count per prefix
 * and year in the database, under the counter row's lock until the start commits: unique on any
 * number of nodes, and a start that rolls back gives its number back.
 */
@Service
public class ReferenceNumbers {

  public static final String VARIABLE = "referenceNumber";

  private final JdbcClient jdbc;
  private final RowCreation rows;
  private final HistoryService history;

  ReferenceNumbers(
      JdbcClient jdbc, PlatformTransactionManager transactions, @Lazy HistoryService history) {
    this.jdbc = jdbc;
    this.rows = new RowCreation(jdbc, transactions);
    this.history = history;
  }

  /** Takes the next number of the prefix in the year; runs in the transaction of the start. */
  public String next(String prefix, int year) {
    if (increment(prefix, year) == 0) {
      createCounter(prefix, year);
      increment(prefix, year);
    }
    int sequence =
        jdbc.sql(
                "select last_number from apt_reference_sequence where prefix = ? and number_year = ?")
            .params(prefix, year)
            .query(Integer.class)
            .single();
    return "%s-%d-%04d".formatted(prefix, year, sequence);
  }

  /** A mail's subject, begun with the request's reference number when it has one. */
  public static String inSubject(String referenceNumber, String subject) {
    return referenceNumber == null ? subject : "[" + referenceNumber + "] " + subject;
  }

  /**
   * The reference number of a request, also while the transaction that gave it is still open (a
   * mail written in the same step); empty for an instance without one.
   */
  public Optional<String> of(String processInstanceId) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      ExecutionEntity instance =
          context.runWithoutAuthorization(
              () -> context.getExecutionManager().findExecutionById(processInstanceId));
      if (instance != null) {
        return Optional.ofNullable(instance.getProcessBusinessKey());
      }
    }
    HistoricProcessInstance ended =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    return ended == null ? Optional.empty() : Optional.ofNullable(ended.getBusinessKey());
  }

  private int increment(String prefix, int year) {
    return jdbc.sql(
            "update apt_reference_sequence set last_number = last_number + 1"
                + " where prefix = ? and number_year = ?")
        .params(prefix, year)
        .update();
  }

  /** The first request of a year creates the counter, committed on its own so nobody waits. */
  private void createCounter(String prefix, int year) {
    rows.insert(
        "insert into apt_reference_sequence (prefix, number_year, last_number) values (?, ?, 0)",
        prefix,
        year);
  }
}
