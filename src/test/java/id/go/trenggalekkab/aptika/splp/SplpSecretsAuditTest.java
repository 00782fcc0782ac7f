package id.go.trenggalekkab.aptika.splp;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.trenggalekkab.aptika.AptikaSpringBootTest;
import id.go.trenggalekkab.aptika.DatabaseScan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * After a whole SOP B run, the consumer secret and the API key exist nowhere in the database (every
 * table, history and byte arrays included) nor in the log; the Pengguna read them once, and a
 * second read, and a read by anyone else, is refused. The consumer key, which may be kept, is
 * found: the audit does see what is there.
 */
@AptikaSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class SplpSecretsAuditTest {

  @Autowired TestRestTemplate http;
  @Autowired DataSource dataSource;
  @Autowired ManagementService management;

  @Test
  void theSecretsAreShownOnceAndKeptNowhere(CapturedOutput log) throws Exception {
    SplpApplicationRun.Result run =
        new SplpApplicationRun(http).run("sikesda-audit", this::executeStepThree);

    String consumerKey = run.credentials().get("consumerKey");
    String consumerSecret = run.credentials().get("consumerSecret");
    String apiKey = run.credentials().get("apiKey");
    assertThat(consumerSecret).hasSizeGreaterThan(20);
    assertThat(apiKey).hasSizeGreaterThan(100);
    assertThat(run.anonymousRetrieval().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(run.strangerRetrieval().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(run.secondRetrieval().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(run.secondRetrieval().getBody().get("message").toString())
        .contains("sudah pernah diambil");

    Map<String, List<String>> found =
        DatabaseScan.find(dataSource, consumerSecret, apiKey, consumerKey);
    assertThat(found.get(consumerSecret)).as("consumer secret in the database").isEmpty();
    assertThat(found.get(apiKey)).as("API key in the database").isEmpty();
    assertThat(found.get(consumerKey))
        .as("the consumer key is kept, so the audit must find it")
        .anyMatch(where -> where.toLowerCase(Locale.ROOT).startsWith("act_hi_varinst"));
    assertThat(log.getAll()).doesNotContain(consumerSecret).doesNotContain(apiKey);
  }

  private void executeStepThree(String processInstanceId) {
    Job job =
        management.createJobQuery().processInstanceId(processInstanceId).messages().singleResult();
    management.executeJob(job.getId());
  }
}
