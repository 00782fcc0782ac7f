package id.go.trenggalekkab.aptika.process;

import id.go.trenggalekkab.aptika.identity.FullName;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;

/** Who completes a task, by name, for what the record says was done by whom. */
public final class PersonName {

  private PersonName() {}

  /**
   * @return the full name of the task's assignee, or else of the user completing it; null when
   *     neither is known
   */
  public static String of(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    String userId = task.getAssignee();
    if (userId == null && identity.getCurrentAuthentication() != null) {
      userId = identity.getCurrentAuthentication().getUserId();
    }
    if (userId == null) {
      return null;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : FullName.of(user);
  }

  /** The name as {@link #of(DelegateTask)}, or {@code otherwise} when nobody is known. */
  public static String of(DelegateTask task, String otherwise) {
    String name = of(task);
    return name == null ? otherwise : name;
  }
}
