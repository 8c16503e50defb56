/** The narrowest the Claim column may get before other columns give it their room. */
export const CLAIM_ROOM = 240;

/** Which columns give way first when the table is narrow: the least needed to check a claim. */
const GIVE_WAY = ['updatedAt', 'score', 'assignee', 'document', 'citations', 'kind'];

/**
 * The columns among `shown` (ids in order, each with its width) that leave the table when it is
 * `width` pixels wide, so the Claim column keeps CLAIM_ROOM and the table never scrolls sideways.
 * Status and Claim never leave.
 */
export function columnsWithoutRoom(
  shown: readonly { readonly id: string; readonly size: number }[],
  width: number,
): readonly string[] {
  let fixed = shown.reduce((sum, column) => sum + (column.id === 'text' ? 0 : column.size), 0);
  const leaving: string[] = [];
  for (const id of GIVE_WAY) {
    if (fixed + CLAIM_ROOM <= width) break;
    const column = shown.find((c) => c.id === id);
    if (!column) continue;
    leaving.push(id);
    fixed -= column.size;
  }
  return leaving;
}
