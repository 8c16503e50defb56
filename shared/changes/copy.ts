/**
 * A deep copy of plain data. Every runtime Factdesk runs in (Node, Chromium) has `structuredClone`;
 * shared/ compiles without DOM or Node typings, so it is reached through `globalThis`.
 */
export function copy<T>(value: T): T {
  return (globalThis as unknown as { structuredClone<U>(value: U): U }).structuredClone(value);
}
