/**
 * Yields `load(item)` for each item in order while up to `ahead` later loads already run, so the
 * disk reads of the next files overlap the parsing of this one. A failed load is thrown only when
 * its turn comes (the first failure in order wins, as when loading one by one), and loads still in
 * flight after a failure settle quietly.
 */
export async function* inOrderWithReadAhead<T, R>(
  items: readonly T[],
  ahead: number,
  load: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  type Settled = { ok: true; value: R } | { ok: false; error: unknown };
  // A load's promise is let go once its turn came, so what it held can be collected.
  const started: (Promise<Settled> | null)[] = [];
  const startUpTo = (end: number) => {
    while (started.length < Math.min(end, items.length)) {
      started.push(
        load(items[started.length]!).then(
          (value): Settled => ({ ok: true, value }),
          (error: unknown): Settled => ({ ok: false, error }),
        ),
      );
    }
  };
  for (let index = 0; index < items.length; index++) {
    startUpTo(index + 1 + ahead);
    const settled = await started[index]!;
    started[index] = null;
    if (!settled.ok) throw settled.error;
    yield settled.value;
  }
}
