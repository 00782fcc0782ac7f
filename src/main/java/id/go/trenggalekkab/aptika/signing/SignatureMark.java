package id.go.trenggalekkab.aptika.signing;

/** Where on which page a rendered letter leaves room for the visible signature. */
public record SignatureMark(int page, float x, float y, float width, float height) {}
