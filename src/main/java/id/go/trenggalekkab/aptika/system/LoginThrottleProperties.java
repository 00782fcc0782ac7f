package id.go.trenggalekkab.aptika.system;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of password guessing, {@code aptika.login.*}. The window is at most 15 minutes, so
 * that no caller can keep an account throttled for longer than that after they stop.
 *
 * @param window the time in which a bucket refills completely, evenly
 * @param failuresPerAccount failed attempts allowed per account within the window, from anywhere
 * @param failuresPerAddress failed attempts allowed per source address within the window, for any
 *     account
 * @param trackedKeys how many accounts, and how many addresses, are counted at once at most
 */
@ConfigurationProperties("aptika.login")
@Validated
record LoginThrottleProperties(
    @NotNull @DurationMin(seconds = 1) @DurationMax(minutes = 15) Duration window,
    @Positive int failuresPerAccount,
    @Positive int failuresPerAddress,
    @Positive int trackedKeys) {}
