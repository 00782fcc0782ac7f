package id.go.trenggalekkab.aptika.architecture.sample.identity;

import id.go.trenggalekkab.aptika.architecture.sample.letter.SampleLetter;

/** A shared type that reaches into a feature: what {@code PackageRulesTest} must refuse. */
public class SampleRole {

  public SampleLetter letter() {
    return new SampleLetter();
  }
}
