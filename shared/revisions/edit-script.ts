/** One step of an edit script: keep an element of both sequences, remove one of the old, add one of the new. */
export type EditStep = 'same' | 'removed' | 'added';

/**
 * The shortest edit script between two sequences of ids (Myers' O(ND) greedy algorithm), or null when it
 * needs more than `maxEdits` edits, so a wholesale rewrite costs bounded time and memory (the caller then
 * treats the block as replaced). Common head and tail are matched first, without the search.
 */
export function editScript(a: readonly number[], b: readonly number[], maxEdits = 2000): EditStep[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const middle = shortestMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), maxEdits);
  if (!middle) return null;
  const same: EditStep[] = new Array<EditStep>(head).fill('same');
  return same.concat(middle, new Array<EditStep>(tail).fill('same'));
}

function shortestMiddle(a: readonly number[], b: readonly number[], maxEdits: number): EditStep[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0) return new Array<EditStep>(m).fill('added');
  if (m === 0) return new Array<EditStep>(n).fill('removed');
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  // frontier[k + offset]: the furthest x reached on diagonal k = x - y.
  const frontier = new Int32Array(2 * limit + 3);
  // trace[d][k + d]: the frontier after step d, kept to walk the path back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[k - 1 + offset]! < frontier[k + 1 + offset]!);
      let x = down ? frontier[k + 1 + offset]! : frontier[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[k + offset] = x;
      if (x >= n && y >= m) {
        trace.push(frontier.slice(offset - d, offset + d + 1));
        return walkBack(trace, n, m);
      }
    }
    trace.push(frontier.slice(offset - d, offset + d + 1));
  }
  return null;
}

function walkBack(trace: readonly Int32Array[], n: number, m: number): EditStep[] {
  const steps: EditStep[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1]!;
    const at = (k: number) => previous[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const snakeX = down ? prevX : prevX + 1;
    while (x > snakeX) {
      steps.push('same');
      x--;
      y--;
    }
    steps.push(down ? 'added' : 'removed');
    x = prevX;
    y = prevY;
  }
  while (x > 0) {
    steps.push('same');
    x--;
  }
  return steps.reverse();
}
