package id.go.trenggalekkab.aptika.letter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 6, as the Pelaksana raises the draft: the draft is rendered again with the text as the
 * Pelaksana left it, so that the Kabid and the Kadis read exactly what will be signed.
 */
@Component("redraftReplyLetterListener")
class RedraftReplyLetterListener implements TaskListener {

  private final ReplyLetters letters;

  RedraftReplyLetterListener(ReplyLetters letters) {
    this.letters = letters;
  }

  @Override
  public void notify(DelegateTask task) {
    String url =
        letters.draft(task.getProcessInstanceId(), task.getVariables(), Today.inTrenggalek()).url();
    task.getExecution().setVariable(LetterVariables.DRAFT_URL, url);
  }
}
