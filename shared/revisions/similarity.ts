/**
 * How alike two short texts are, in [0, 1]: the Dice coefficient of their character pairs, ignoring case
 * and runs of spaces. "Some 13,000 soldiers" and "Some 30,000 soldiers" score high; unrelated text low.
 */
export function similarity(a: string, b: string): number {
  const left = pairs(a);
  const right = pairs(b);
  if (left.size === 0 && right.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const [pair, count] of right) {
    total += count;
    shared += Math.min(count, left.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

function pairs(text: string): Map<string, number> {
  const clean = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < clean.length; i++) {
    const pair = clean.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}
