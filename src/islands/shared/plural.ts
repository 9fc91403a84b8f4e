/**
 * A functional unit's noun for a count: "article" → "20,000 articles", "minute of audio" → "minutes of
 * audio" (the first word takes the plural); a unit that is itself a quantity ("1,000 output tokens")
 * becomes "units of 1,000 output tokens".
 */
export function pluralUnit(noun: string, count: number): string {
  if (/^\d/.test(noun)) return count === 1 ? `unit of ${noun}` : `units of ${noun}`;
  if (count === 1) return noun;
  const [first = '', ...rest] = noun.split(' ');
  return [first.endsWith('s') ? first : `${first}s`, ...rest].join(' ');
}
