package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.process.ProcessVariables;
import id.go.trenggalekkab.aptika.process.ReferenceNumbers;
import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A mail to the applicant's contact person, as its template wrote it, with the request's reference
 * number at the start of the subject.
 */
record OutgoingMail(String recipient, String subject, String body) {

  static OutgoingMail of(VariableScope request, OfficeTemplates.MailText text) {
    return new OutgoingMail(
        ProcessVariables.text(request, RequestVariables.CONTACT_EMAIL),
        ReferenceNumbers.inSubject(
            ProcessVariables.text(request, ReferenceNumbers.VARIABLE), text.subject()),
        text.body());
  }
}
