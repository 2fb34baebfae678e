/**
 * Turns what an architect types into a PostgreSQL tsquery of prefix terms:
 * "kanta pal" -> "kanta:* & pal:*". Returns null when nothing searchable remains.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}
