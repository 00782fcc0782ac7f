package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.request.RequestVariables;
import id.go.trenggalekkab.aptika.system.OfficeTemplates;
import id.go.trenggalekkab.aptika.system.PublicAddress;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The mail that carries the signed reply letter (step 9), sent by the system or by hand; its
 * wording is {@code templates/mail/reply-letter.txt}.
 */
@Component
class ReplyLetterMail {

  static final String TEMPLATE = "mail/reply-letter.txt";

  private final OfficeTemplates templates;
  private final PublicAddress address;

  ReplyLetterMail(OfficeTemplates templates, PublicAddress address) {
    this.templates = templates;
    this.address = address;
  }

  OutgoingMail of(VariableScope request, LetterRegister.Entry letter) {
    Map<String, Object> model = new HashMap<>();
    model.put("number", request.getVariable(LetterVariables.NUMBER));
    model.put("fqdn", request.getVariable(RequestVariables.SUBDOMAIN_FQDN));
    model.put("contactName", request.getVariable(RequestVariables.CONTACT_NAME));
    model.put("unitName", request.getVariable(RequestVariables.UNIT_NAME));
    model.put("requestLetterNumber", request.getVariable(RequestVariables.REQUEST_LETTER_NUMBER));
    model.put("verificationUrl", LetterRegister.verificationUrl(address, letter.id()));
    return OutgoingMail.of(request, templates.mail(TEMPLATE, model));
  }
}
