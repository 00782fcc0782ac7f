package id.go.trenggalekkab.aptika.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the application's own records of a finished request are kept ({@code
 * aptika.retention.*}); docs/operations.md, "Retention", says why these defaults.
 *
 * @param documents request letters, drafts and signed letters ({@code apt_document})
 * @param requestNotes what the system and people did for a request, manual work included ({@code
 *     apt_request_note})
 * @param overruns the record of Mutu Baku overruns ({@code apt_sla_breach})
 * @param outbox mails that are done with: sent, sent by hand, or kept without recipients ({@code
 *     apt_outbox})
 */
@ConfigurationProperties("aptika.retention")
record RetentionPeriods(
    @DefaultValue("P5Y") Period documents,
    @DefaultValue("P5Y") Period requestNotes,
    @DefaultValue("P5Y") Period overruns,
    @DefaultValue("P2Y") Period outbox) {}
