package id.go.trenggalekkab.aptika.unit;

/**
 * A requesting unit (OPD, Organisasi Perangkat Daerah) as reply letters address it.
 *
 * @param id short code, also the unit's Camunda tenant id, e.g. {@code dinkes}
 * @param headTitle the head's title as a letter's "Yth." line names it
 */
public record Unit(
    String id, String name, String headTitle, String headName, String address, String email) {}
