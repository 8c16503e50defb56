import type { ClaimValues } from './claim';

/** The words that leave a date open on one side: "since mid-2019", "until March", "before 2020", "by 2030". */
export const OPEN_DATE_RELATIONS = ['since', 'until', 'before', 'after', 'by'] as const;
export type OpenDateRelation = (typeof OPEN_DATE_RELATIONS)[number];

/**
 * The word that makes a claim's date open-ended, as the claim finder stored it in `values.relation`
 * ("till" reads as "until"); undefined for a date that is a day or a span itself ("on", "in", "as of").
 */
export function openDateRelation(values: ClaimValues | undefined): OpenDateRelation | undefined {
  const relation = values?.relation === 'till' ? 'until' : values?.relation;
  return (OPEN_DATE_RELATIONS as readonly unknown[]).includes(relation)
    ? (relation as OpenDateRelation)
    : undefined;
}
