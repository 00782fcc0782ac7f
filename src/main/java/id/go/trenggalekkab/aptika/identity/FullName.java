package id.go.trenggalekkab.aptika.identity;

import org.camunda.bpm.engine.identity.User;

/** A user's full name as people read it: first and last name, whichever of them is set. */
public final class FullName {

  private FullName() {}

  /** "Budi Santoso"; the user's id when neither name is set. */
  public static String of(User user) {
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
