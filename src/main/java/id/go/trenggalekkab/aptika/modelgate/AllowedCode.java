package id.go.trenggalekkab.aptika.modelgate;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The code a model may reach: the delegates and listeners it may name, and the bean methods its
 * expressions may call, as the office's models use them. Every other expression may only compare
 * process variables. Expressions are read with the engine's own JUEL parser; what it cannot place,
 * it refuses.
 */
public final class AllowedCode {

  /** The beans a service task may name in {@code camunda:delegateExpression}. */
  public static final Set<String> DELEGATES =
      new TreeSet<>(
          Set.of(
              "checkCompletenessDelegate",
              "checkSubdomainInDnsDelegate",
              "createSplpApplicationDelegate",
              "draftActivityReportDelegate",
              "draftReplyLetterDelegate",
              "finalizeReplyLetterDelegate",
              "provisionSubdomainDelegate",
              "registerSplpAccountDelegate",
              "sendActivityReportDelegate",
              "sendReplyLetterDelegate",
              "verifyVirtualHostDelegate"));

  /** The beans a task or execution listener may name in its {@code delegateExpression}. */
  public static final Set<String> LISTENERS =
      new TreeSet<>(
          Set.of(
              "confirmActivityReportSentListener",
              "confirmManualProvisioningListener",
              "confirmReplyLetterSentListener",
              "credentialsCollected",
              "finalizeActivityReportListener",
              "mutuBakuEscalation",
              "mutuBakuReminder",
              "redraftReplyLetterListener",
              "requestIntakeListener",
              "returnedRequestNotice",
              "signerPassphraseListener",
              "splpAccountByHand",
              "splpApplicationByHand"));

  /** The bean methods an expression may call, as {@code bean.method}. */
  public static final Set<String> METHODS =
      new TreeSet<>(Set.of("integrations.manual", "mutuBaku.dueAt", "mutuBaku.escalationAt"));

  /** What the engine itself puts in an expression's reach: allowed only as a method's argument. */
  private static final Set<String> ENGINE_OBJECTS =
      Set.of("execution", "task", "caseExecution", "externalTask");

  private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}");

  private final Predicate<String> isBean;

  /**
   * @param isBean whether a name is one of the application's beans, which an expression may reach
   *     only through an allowed method
   */
  AllowedCode(Predicate<String> isBean) {
    this.isBean = isBean;
  }

  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** The bean a delegate expression names, when it is nothing but {@code ${beanName}}. */
  static Optional<String> beanOf(String delegateExpression) {
    Matcher matcher = BEAN_REFERENCE.matcher(delegateExpression.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Why an expression is refused, in a message naming the element, or empty if it is allowed. */
  Optional<String> refusal(String element, String expression) {
    Node root;
    try {
      root = new Builder(Builder.Feature.values()).build(expression).getRoot();
    } catch (TreeBuilderException e) {
      return Optional.of(GateMessages.of("expression.unreadable", element, expression));
    }
    return refusal(root, Use.VALUE).map(key -> key.message(element, expression));
  }

  private record Refused(String key, String part) {
    String message(String element, String expression) {
      return GateMessages.of(key, element, expression, part, String.join(", ", METHODS));
    }
  }

  /** How an expression uses a name, which decides what the name may be. */
  private enum Use {
    VALUE,
    /** passed to an allowed method: the engine's execution may be */
    ARGUMENT,
    /**
     * compared with another value: a process variable may share its name with a bean ({@code
     * dnsCheck}), and a bean compared with a literal is only turned into text
     */
    COMPARED
  }

  private static final Set<AstBinary.Operator> COMPARISONS =
      Set.of(AstBinary.EQ, AstBinary.NE, AstBinary.LT, AstBinary.LE, AstBinary.GT, AstBinary.GE);

  private Optional<Refused> refusal(Node node, Use use) {
    if (node instanceof AstMethod method) {
      String callee = callee(method);
      if (!METHODS.contains(callee)) {
        return Optional.of(new Refused("expression.call", callee));
      }
      return children(method.getChild(1), Use.ARGUMENT);
    }
    if (node instanceof AstProperty property) {
      return Optional.of(new Refused("expression.property", describe(property)));
    }
    if (node instanceof AstFunction function) {
      return Optional.of(new Refused("expression.function", function.getName()));
    }
    if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      boolean engineObject = ENGINE_OBJECTS.contains(name);
      if (engineObject ? use != Use.ARGUMENT : use != Use.COMPARED && isBean.test(name)) {
        return Optional.of(new Refused("expression.object", name));
      }
      return Optional.empty();
    }
    if (node instanceof AstBinary binary && COMPARISONS.contains(binary.getOperator())) {
      return children(node, Use.COMPARED);
    }
    if (node instanceof AstEval
        || node instanceof AstComposite
        || node instanceof AstNested
        || node instanceof AstBinary
        || node instanceof AstUnary
        || node instanceof AstChoice) {
      return children(node, Use.VALUE);
    }
    if (node instanceof AstText
        || node instanceof AstString
        || node instanceof AstNumber
        || node instanceof AstBoolean
        || node instanceof AstNull) {
      return Optional.empty();
    }
    return Optional.of(new Refused("expression.property", String.valueOf(node)));
  }

  private Optional<Refused> children(Node node, Use use) {
    for (int i = 0; i < node.getCardinality(); i++) {
      Optional<Refused> refused = refusal(node.getChild(i), use);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }

  /** {@code bean.method} for a call on a named bean; otherwise what the call is made on. */
  private static String callee(AstMethod method) {
    return describe((AstProperty) method.getChild(0));
  }

  private static String describe(Node node) {
    if (node instanceof AstIdentifier identifier) {
      return identifier.getName();
    }
    if (node instanceof AstDot dot) {
      // JUEL prints a dot as ". name"
      return describe(dot.getChild(0)) + "." + dot.toString().substring(2);
    }
    if (node instanceof AstMethod method) {
      return describe(method.getChild(0)) + "(...)";
    }
    return node instanceof AstProperty ? describe(node.getChild(0)) + "[...]" : "(...)";
  }
}
