package id.go.trenggalekkab.aptika.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;

/** Who completes a task, by name, for what the system records and the documents state. */
public final class TaskActor {

  private TaskActor() {}

  /** The task's assignee, or the user completing it, by full name; {@code fallback} if neither. */
  public static String name(DelegateTask task, String fallback) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    String userId = task.getAssignee();
    if (userId == null && identity.getCurrentAuthentication() != null) {
      userId = identity.getCurrentAuthentication().getUserId();
    }
    if (userId == null) {
      return fallback;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : user.getFirstName() + " " + user.getLastName();
  }
}
