package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.system.OfficeTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 6, as the Pelaksana raises the draft: the draft is rendered again with the text as the
 * Pelaksana left it, so that the Kabid and the Kadis read exactly what will be signed.
 *
 * <p>Rendered here, in the Pelaksana's click, on purpose: the Kabid's next task links the draft
 * ({@code replyLetterDraftUrl}) the moment it exists; rendered in an async step, the Kabid could
 * open it while the link still showed the draft before the Pelaksana's edits, and raise text that
 * is not what will be signed. A draft that cannot be rendered is refused at the click, with the
 * Pelaksana still at the form. A draft raised without a changed word is the draft already stored,
 * and is not rendered again ({@link ReplyLetters#draft}). One render takes about 0.2 s (median
 * 180-255 ms, slowest 480 ms) on the 2-core build machine ({@code CompleteListenerRenderTimeTest}
 * prints it).
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
        letters.draft(task.getProcessInstanceId(), task.getVariables(), OfficeTime.today()).url();
    if (!url.equals(task.getExecution().getVariable(LetterVariables.DRAFT_URL))) {
      task.getExecution().setVariable(LetterVariables.DRAFT_URL, url);
    }
  }
}
