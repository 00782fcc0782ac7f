package id.go.trenggalekkab.aptika.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running record of what the system did for a request, one line per step. Every note is kept in
 * {@link RequestNotes} (read in full by "Permohonan saya"); the variable {@code systemNotes}, shown
 * read-only in the later task forms, holds the latest notes that fit in a Camunda string variable,
 * so that a request with any number of notes never fails on the 4,000-character limit.
 */
public final class ProcessNotes {

  public static final String VARIABLE = "systemNotes";

  /** Below the 4,000 characters of a Camunda string variable (ACT_RU_VARIABLE.TEXT_). */
  static final int MAX_SHOWN = 3_900;

  static final String OLDER_NOTES =
      "… Catatan yang lebih lama tersimpan lengkap di Permohonan saya.";

  private ProcessNotes() {}

  /** Records a note in the request's table and in the variable the forms show. */
  public static void append(VariableScope scope, String line) {
    // A delegate or listener has no Spring bean at hand here: the engine's data source joins the
    // transaction of the step, so the note is kept exactly when the step is.
    RequestNotes notes =
        new RequestNotes(new JdbcTemplate(Context.getProcessEngineConfiguration().getDataSource()));
    String instance = processInstanceId(scope);
    Object existing = scope.getVariable(VARIABLE);
    String shown = existing == null || existing.toString().isBlank() ? null : existing.toString();
    if (shown != null && notes.none(instance)) {
      // notes written before the table existed
      shown.lines().filter(old -> !old.isBlank()).forEach(old -> add(notes, scope, old));
    }
    add(notes, scope, line);
    String next = shown == null ? line : shown + "\n" + line;
    scope.setVariable(VARIABLE, next.length() <= MAX_SHOWN ? next : latest(notes.of(instance)));
  }

  /** The latest notes that fit, after a line saying where the older ones are. */
  static String latest(List<String> notes) {
    Deque<String> kept = new ArrayDeque<>();
    int room = MAX_SHOWN - OLDER_NOTES.length() - 1;
    for (int i = notes.size() - 1; i >= 0 && notes.get(i).length() + 1 <= room; i--) {
      kept.addFirst(notes.get(i));
      room -= notes.get(i).length() + 1;
    }
    if (kept.isEmpty()) {
      String last = notes.get(notes.size() - 1);
      kept.add("…" + last.substring(last.length() - room + 2));
    }
    return OLDER_NOTES + "\n" + String.join("\n", kept);
  }

  private static void add(RequestNotes notes, VariableScope scope, String note) {
    notes.add(processInstanceId(scope), step(scope), note, ClockUtil.getCurrentTime());
  }

  private static String processInstanceId(VariableScope scope) {
    return scope instanceof DelegateTask task
        ? task.getProcessInstanceId()
        : ((DelegateExecution) scope).getProcessInstanceId();
  }

  private static String step(VariableScope scope) {
    return scope instanceof DelegateTask task
        ? task.getTaskDefinitionKey()
        : ((DelegateExecution) scope).getCurrentActivityId();
  }
}
