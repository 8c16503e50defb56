/** A deep copy of plain JSON data (claims, citations, spans): shared/ has no structuredClone type. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
