package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The mail that carries the activity report (SOP 060/029 A, step 7), by the system or by hand; its
 * wording is {@code templates/mail/activity-report.txt}.
 */
@Component
class ActivityReportMail {

  static final String TEMPLATE = "mail/activity-report.txt";

  private final OfficeTemplates templates;

  ActivityReportMail(OfficeTemplates templates) {
    this.templates = templates;
  }

  OutgoingMail of(VariableScope request) {
    Map<String, Object> model = new HashMap<>();
    model.put("unitName", request.getVariable(RequestVariables.UNIT_NAME));
    model.put("contactName", request.getVariable(RequestVariables.CONTACT_NAME));
    model.put("requestLetterNumber", request.getVariable(RequestVariables.REQUEST_LETTER_NUMBER));
    model.put("notes", LetterHtml.blankToNull(request.getVariable(LetterVariables.FORWARD_NOTES)));
    return OutgoingMail.of(request, templates.mail(TEMPLATE, model));
  }
}
