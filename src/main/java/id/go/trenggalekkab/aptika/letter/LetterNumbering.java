package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.system.RowCreation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Gives out letter numbers: sequential per year, never twice and never skipping. The number is
 * taken in the caller's transaction by incrementing the year's counter, which holds the row lock
 * until that transaction ends: a concurrent approval waits, and a rolled-back one gives its number
 * back.
 */
@Service
public class LetterNumbering {

  /** A number as the letter carries it, with its parts. */
  public record Number(String text, int year, int sequence) {}

  private final JdbcClient jdbc;
  private final RowCreation rows;
  private final NumberPattern pattern;

  LetterNumbering(
      JdbcClient jdbc, PlatformTransactionManager transactions, LetterProperties properties) {
    this.jdbc = jdbc;
    this.rows = new RowCreation(jdbc, transactions);
    this.pattern = new NumberPattern(properties.numberPattern());
  }

  /** Takes the year's next number; must run inside the transaction that issues the letter. */
  public Number next(int year) {
    ensureCounter(year);
    jdbc.sql("update apt_letter_sequence set last_number = last_number + 1 where number_year = ?")
        .param(year)
        .update();
    int sequence =
        jdbc.sql("select last_number from apt_letter_sequence where number_year = ?")
            .param(year)
            .query(Integer.class)
            .single();
    return new Number(pattern.format(year, sequence), year, sequence);
  }

  /**
   * Gives the number back when the letter it was taken for is not issued after all (the signing
   * service refused) but the transaction goes on: the caller still holds the counter's lock, so it
   * is the year's last number.
   */
  void giveBack(Number number) {
    jdbc.sql(
            "update apt_letter_sequence set last_number = last_number - 1"
                + " where number_year = ? and last_number = ?")
        .params(number.year(), number.sequence())
        .update();
  }

  /** The first letter of a year creates the counter, committed on its own so nobody waits on it. */
  private void ensureCounter(int year) {
    boolean exists =
        jdbc.sql("select count(*) from apt_letter_sequence where number_year = ?")
                .param(year)
                .query(Integer.class)
                .single()
            > 0;
    if (!exists) {
      rows.insert("insert into apt_letter_sequence (number_year, last_number) values (?, 0)", year);
    }
  }
}
