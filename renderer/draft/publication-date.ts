/** What the checker typed as a draft's publication date, read: a date to set, none, or why not. */
export type TypedDate =
  { readonly ok: true; readonly date: string | null } | { readonly ok: false; readonly problem: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a typed publication date: `YYYY-MM-DD` on the calendar (not 2023-02-30), or nothing to
 * remove it. Otherwise a sentence that says what is wrong, how to write it, and that `current`
 * (the date the draft has now) stays.
 */
export function readTypedDate(typed: string, current: string | undefined): TypedDate {
  const text = typed.trim();
  if (text === '') return { ok: true, date: null };
  const parts = ISO_DATE.exec(text);
  if (parts) {
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return { ok: true, date: text };
  }
  const kept = current
    ? `The publication date stays ${current}.`
    : 'The draft still has no publication date.';
  return {
    ok: false,
    problem: `“${text}” is not a date: write it as year-month-day, for example 2022-03-10. ${kept}`,
  };
}
