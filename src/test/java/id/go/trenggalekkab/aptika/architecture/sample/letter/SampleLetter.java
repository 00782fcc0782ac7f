package id.go.trenggalekkab.aptika.architecture.sample.letter;

import id.go.trenggalekkab.aptika.architecture.sample.identity.SampleRole;

/** A feature that uses a shared type, which in turn uses the feature: a cycle. */
public class SampleLetter {

  SampleRole signatory;
}
