package id.go.trenggalekkab.aptika.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a row that transactions on any node may need at the same moment (a year's counter, a
 * procedure's request counts) in a transaction of its own, committed at once: no transaction waits
 * on the new row until another commits, and whoever comes second finds it there.
 */
public final class RowCreation {

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  public RowCreation(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Runs {@code insert} with its parameters on its own; a row another created first is fine. */
  public void insert(String insert, Object... params) {
    try {
      separately.executeWithoutResult(status -> jdbc.sql(insert).params(params).update());
    } catch (DuplicateKeyException createdByAnother) {
      // another transaction created it first: the row is there, which is all the caller needs
    }
  }
}
