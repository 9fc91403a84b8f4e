/**
 * Numbers in UK English: "1,430", "0.0012".
 *
 * `ukDecimal` is written out rather than left to Intl because of where it runs: an island prints a few
 * thousand numbers while it hydrates, and `toLocaleString` with options builds an Intl.NumberFormat on
 * every call (about 90 ms of the workbench's hydration), while even one kept formatter costs Chromium about
 * 60 ms to load its locale data on first use, on the main thread. Grouping digits in threes needs neither.
 * `ukNumber` keeps one Intl formatter per set of options for the other formats (messages, disclosures),
 * which are not on that path. The tests hold both to what `toLocaleString('en-GB', …)` prints.
 */

/**
 * A non-negative number already rounded to at most `maxDecimals` decimals (as roundSignificant rounds it),
 * printed with those decimals at most, trailing zeros dropped and digits grouped in threes. It does not
 * round: `toFixed` would round a tie by the binary value where Intl rounds the decimal one.
 */
export function ukDecimal(rounded: number, maxDecimals: number): string {
  const [whole = '0', fraction = ''] = rounded.toFixed(maxDecimals).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return decimals === '' ? grouped : `${grouped}.${decimals}`;
}

const formats = new Map<string, Intl.NumberFormat>();

/** `toLocaleString('en-GB', options)`, with one formatter kept per set of options. */
export function ukNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', options);
    formats.set(key, format);
  }
  return format.format(value);
}
