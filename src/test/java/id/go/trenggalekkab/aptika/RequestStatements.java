package id.go.trenggalekkab.aptika;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements that the application's HTTP requests send, recorded while a test asks for them
 * ({@link #of(Runnable)}). The application's data source is wrapped by datasource-proxy; only
 * statements sent by Tomcat's request threads are kept, so the job executor and the scheduled jobs,
 * running beside a request, are not counted. A JDBC batch counts once per row it sends, as
 * PostgreSQL's {@code pg_stat_statements} counts it. Outside {@link #of(Runnable)} the wrapper only
 * passes the statements on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RequestStatements {

  private static final List<String> RECORDED = Collections.synchronizedList(new ArrayList<>());
  private static volatile boolean recording;

  /** The statements that the requests made by {@code requests} sent, in order. */
  public static synchronized List<String> of(Runnable requests) {
    RECORDED.clear();
    recording = true;
    try {
      requests.run();
    } finally {
      recording = false;
    }
    synchronized (RECORDED) {
      return List.copyOf(RECORDED);
    }
  }

  @Bean
  static BeanPostProcessor requestStatementsRecorder() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
          return ProxyDataSourceBuilder.create(name, dataSource).listener(new Listener()).build();
        }
        return bean;
      }
    };
  }

  private static final class Listener implements QueryExecutionListener {

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
      if (!recording || !Thread.currentThread().getName().startsWith("http-nio-")) {
        return;
      }
      for (QueryInfo query : queries) {
        int rows = Math.max(1, query.getParametersList().size());
        for (int row = 0; row < rows; row++) {
          RECORDED.add(query.getQuery().replaceAll("\\s+", " ").strip());
        }
      }
    }
  }
}
