package id.go.trenggalekkab.aptika.splp.wso2;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The adapter's memory of what it set out to create, kept outside the job's transaction: when the
 * portal created an object but our commit never happened (a crash, a lost reply), the retry finds
 * both the object and this record, and knows the object is its own. Without the record, an object
 * of that name belongs to someone else.
 */
class PortalAttempts {

  static final String ACCOUNT = "ACCOUNT";
  static final String APPLICATION = "APPLICATION";

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  PortalAttempts(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Records the intent, committed at once.
   *
   * @return true when an earlier attempt of the same process instance had recorded it already
   */
  boolean begin(String processInstanceId, String kind, String name) {
    return Boolean.TRUE.equals(
        separately.execute(
            status -> {
              boolean earlier =
                  jdbc.sql(
                              "select count(*) from apt_portal_attempt"
                                  + " where process_instance_id = ? and kind = ? and name = ?")
                          .params(processInstanceId, kind, name)
                          .query(Integer.class)
                          .single()
                      > 0;
              if (!earlier) {
                jdbc.sql(
                        "insert into apt_portal_attempt (process_instance_id, kind, name,"
                            + " started_at) values (?, ?, ?, ?)")
                    .params(processInstanceId, kind, name, OfficeTime.databaseNow())
                    .update();
              }
              return earlier;
            }));
  }

  /** The portal refused to create it: nothing of ours exists under that name. */
  void forget(String processInstanceId, String kind, String name) {
    separately.executeWithoutResult(
        status ->
            jdbc.sql(
                    "delete from apt_portal_attempt"
                        + " where process_instance_id = ? and kind = ? and name = ?")
                .params(processInstanceId, kind, name)
                .update());
  }
}
