package id.go.trenggalekkab.aptika.modelgate;

/**
 * One broken rule: the deployment's file, the element it concerns (null for the file as a whole)
 * and the message in Bahasa Indonesia that names it.
 */
public record ModelProblem(String resource, String elementId, String message) {}
