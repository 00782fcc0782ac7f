package id.go.trenggalekkab.aptika.request;

/**
 * The sub domains of the regency's domain that already exist or are already promised to another
 * request. Kept behind an interface so that the completeness rules stay free of DNS and database
 * code; the adapter decides where the truth lives (DNS zone, own records, both).
 */
@FunctionalInterface
public interface SubdomainRegistry {

  /**
   * A registry that cannot answer (DNS server or database down) throws rather than guessing: the
   * exception reaches the delegate and becomes a retry, where "taken" or "free" would send a
   * request down the wrong path.
   *
   * @param label a syntactically valid DNS label, already in lower case
   * @return whether the label cannot be given to a new request
   */
  boolean isTaken(String label);
}
