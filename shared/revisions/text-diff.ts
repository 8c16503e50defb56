import { editScript, type EditStep } from './edit-script';

/** A run of text that is the same in both versions, removed from the old one or added in the new one. */
export interface DiffPart {
  readonly kind: EditStep;
  /** `[oldStart, oldEnd)` in the old text (empty for added text). */
  readonly oldStart: number;
  readonly oldEnd: number;
  /** `[newStart, newEnd)` in the new text (empty for removed text). */
  readonly newStart: number;
  readonly newEnd: number;
}

const PARAGRAPHS = /[^\n]*\n|[^\n]+$/g;
/**
 * Words, runs of space and single marks; a figure with separators ("3,500", "4.25", "1'000") is one
 * word, so a changed figure reads "3,500 → 4,000" and never "−3+4,−500+000".
 */
const WORDS = /\s+|\p{N}+(?:[.,'’]\p{N}+)+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/**
 * What changed between two texts: paragraphs are compared first (so a moved paragraph is one removal
 * and one addition), then words inside each run of changed paragraphs. Parts cover both texts in order.
 */
export function diffTexts(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const oldParas = tokens(oldText, PARAGRAPHS);
  const newParas = tokens(newText, PARAGRAPHS);
  const steps = stepsBetween(oldParas, newParas);
  let i = 0;
  let j = 0;
  let blockOld = 0;
  let blockNew = 0;
  const flushBlock = () => {
    const oldStart = offsetOf(oldParas, blockOld, oldText);
    const oldEnd = offsetOf(oldParas, i, oldText);
    const newStart = offsetOf(newParas, blockNew, newText);
    const newEnd = offsetOf(newParas, j, newText);
    if (oldEnd > oldStart && newEnd > newStart) {
      const inner = tokens(oldText.slice(oldStart, oldEnd), WORDS);
      const innerNew = tokens(newText.slice(newStart, newEnd), WORDS);
      pushSteps(parts, stepsBetween(inner, innerNew), inner, innerNew, oldStart, newStart);
    } else if (oldEnd > oldStart) {
      push(parts, { kind: 'removed', oldStart, oldEnd, newStart, newEnd: newStart });
    } else if (newEnd > newStart) {
      push(parts, { kind: 'added', oldStart, oldEnd: oldStart, newStart, newEnd });
    }
  };
  for (const step of steps) {
    if (step === 'same') {
      flushBlock();
      const oldStart = offsetOf(oldParas, i, oldText);
      const newStart = offsetOf(newParas, j, newText);
      const length = oldParas[i]!.length;
      push(parts, { kind: 'same', oldStart, oldEnd: oldStart + length, newStart, newEnd: newStart + length });
      i++;
      j++;
      blockOld = i;
      blockNew = j;
    } else if (step === 'removed') i++;
    else j++;
  }
  flushBlock();
  return parts;
}

/**
 * Where an offset of the old text lies in the new one. `side` says which neighbour wins at a boundary: a
 * span's start looks forward, its end looks back. `kept` is false when the offset's text was removed.
 */
export function mapOffset(
  parts: readonly DiffPart[],
  offset: number,
  side: 'start' | 'end',
): { readonly at: number; readonly kept: boolean } {
  const part = partAt(parts, offset, side);
  if (part?.kind === 'same') return { at: part.newStart + (offset - part.oldStart), kept: true };
  if (part) return { at: part.newStart, kept: false };
  const last = parts.at(-1);
  return { at: last ? (side === 'start' && offset === 0 ? 0 : last.newEnd) : 0, kept: offset === 0 };
}

/** True when `[start, end)` of the old text sits inside one unchanged part: untouched by the edit. */
export function spanUntouched(parts: readonly DiffPart[], start: number, end: number): boolean {
  const part = partAt(parts, start, 'start');
  return part !== undefined && part.kind === 'same' && end <= part.oldEnd;
}

/** The part of the old text holding `offset` (binary search: parts are in text order). */
function partAt(parts: readonly DiffPart[], offset: number, side: 'start' | 'end'): DiffPart | undefined {
  let low = 0;
  let high = parts.length;
  // The first part ending after the offset (at or after it, for an end).
  while (low < high) {
    const middle = (low + high) >> 1;
    const oldEnd = parts[middle]!.oldEnd;
    if (side === 'start' ? oldEnd > offset : oldEnd >= offset) high = middle;
    else low = middle + 1;
  }
  for (let i = low; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.kind === 'added') continue;
    const inside =
      side === 'start'
        ? part.oldStart <= offset && offset < part.oldEnd
        : part.oldStart < offset && offset <= part.oldEnd;
    return inside ? part : undefined;
  }
  return undefined;
}

function tokens(text: string, pattern: RegExp): string[] {
  return text.match(pattern) ?? [];
}

/** Edit steps between token lists; a block too different for the search counts as replaced whole. */
function stepsBetween(a: readonly string[], b: readonly string[]): EditStep[] {
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const steps = editScript(a.map(idOf), b.map(idOf));
  if (steps) return steps;
  return [...new Array<EditStep>(a.length).fill('removed'), ...new Array<EditStep>(b.length).fill('added')];
}

function pushSteps(
  parts: DiffPart[],
  steps: readonly EditStep[],
  a: readonly string[],
  b: readonly string[],
  oldBase: number,
  newBase: number,
): void {
  let x = oldBase;
  let y = newBase;
  let i = 0;
  let j = 0;
  for (const step of steps) {
    const oldLength = step === 'added' ? 0 : a[i++]!.length;
    const newLength = step === 'removed' ? 0 : b[j++]!.length;
    push(parts, { kind: step, oldStart: x, oldEnd: x + oldLength, newStart: y, newEnd: y + newLength });
    x += oldLength;
    y += newLength;
  }
}

/** Appends a part, joining it to the previous one when they are of one kind and touch. */
function push(parts: DiffPart[], part: DiffPart): void {
  const last = parts.at(-1);
  if (last && last.kind === part.kind && last.oldEnd === part.oldStart && last.newEnd === part.newStart) {
    parts[parts.length - 1] = { ...last, oldEnd: part.oldEnd, newEnd: part.newEnd };
  } else parts.push(part);
}

// Offsets of token starts, computed once per token list.
const starts = new WeakMap<readonly string[], number[]>();
function offsetOf(list: readonly string[], index: number, text: string): number {
  let table = starts.get(list);
  if (!table) {
    table = [0];
    for (const token of list) table.push(table.at(-1)! + token.length);
    starts.set(list, table);
  }
  return index < table.length ? table[index]! : text.length;
}
