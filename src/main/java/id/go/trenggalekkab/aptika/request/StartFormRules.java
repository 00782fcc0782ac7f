package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import java.util.ArrayList;
import java.util.List;

/**
 * What the start forms ({@code forms/*-start.html}) ask of each field in the browser, taken from
 * the server's rules: the attributes {@code required}, {@code pattern}, {@code minlength} and
 * {@code maxlength}. The server itself judges every submission with {@link CompletenessCheck}, the
 * rules of step 4; a test keeps the forms' attributes equal to these and these in agreement with
 * {@link CompletenessCheck} on every field.
 *
 * <p>The browser cannot know which names are taken, where an address leads or what a PDF holds;
 * those rules run on the server only, at submission and again at step 4. Tasklist validates with
 * AngularJS, which compiles a pattern without JavaScript's u flag, so the patterns avoid Unicode
 * classes.
 */
final class StartFormRules {

  /** A field's attributes; a min or max of 0 means the form sets none. */
  record Rule(String field, boolean required, String pattern, int min, int max) {}

  static final List<Rule> COMMON =
      List.of(
          new Rule(
              REQUEST_LETTER_NUMBER,
              true,
              RequestLetterCheck.NUMBER_PATTERN,
              0,
              RequestLetterCheck.MAX_NUMBER_LENGTH),
          new Rule(REQUEST_LETTER_DATE, true, null, 0, 0),
          // Letters of any script need a Unicode pattern, which AngularJS's "pattern" (a RegExp
          // without the u flag) cannot read: which characters a name may hold is the server's.
          new Rule(
              CONTACT_NAME,
              true,
              null,
              ContactPersonCheck.MIN_NAME_LENGTH,
              ContactPersonCheck.MAX_NAME_LENGTH),
          new Rule(
              CONTACT_EMAIL,
              true,
              ContactPersonCheck.EMAIL_PATTERN,
              0,
              ContactPersonCheck.MAX_EMAIL_LENGTH),
          new Rule(
              CONTACT_PHONE,
              true,
              ContactPersonCheck.PHONE_PATTERN,
              0,
              ContactPersonCheck.MAX_PHONE_LENGTH));

  static final List<Rule> SPLP_ACCOUNT =
      List.of(
          new Rule(
              BUSINESS_PROCESS,
              true,
              null,
              CompletenessCheck.MIN_BUSINESS_PROCESS_LENGTH,
              CompletenessCheck.MAX_TEXT_LENGTH));

  static final List<Rule> SUBDOMAIN =
      List.of(
          new Rule(
              SUBDOMAIN_NAME,
              true,
              SubdomainRequestCheck.NAME_PATTERN,
              0,
              DnsName.MAX_LABEL_LENGTH),
          new Rule(SERVICE_TYPE, true, ServiceType.FORM_PATTERN, 0, 0),
          // Required only for a subdomain pointing at an existing server; the form's script says
          // so.
          new Rule(TARGET_ADDRESS, false, TargetAddress.FORM_PATTERN, 0, DnsName.MAX_NAME_LENGTH),
          new Rule(
              SUBDOMAIN_PURPOSE,
              true,
              null,
              SubdomainRequestCheck.MIN_PURPOSE_LENGTH,
              SubdomainRequestCheck.MAX_PURPOSE_LENGTH));

  private StartFormRules() {}

  static List<Rule> rulesFor(RequestKind kind) {
    List<Rule> rules = new ArrayList<>(COMMON);
    rules.addAll(kind == RequestKind.SPLP_ACCOUNT ? SPLP_ACCOUNT : SUBDOMAIN);
    return rules;
  }
}
