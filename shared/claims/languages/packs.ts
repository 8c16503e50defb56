/** The languages the claim finder has tables for, and how to pick one by its code. */
import type { LanguagePack } from './tables';
import { ENGLISH } from './en';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { GERMAN } from './de';
import { PORTUGUESE } from './pt';

/** Every language with finder tables; English first (the fallback). */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [ENGLISH, SPANISH, FRENCH, GERMAN, PORTUGUESE];

/** The tables of a BCP 47 language ("es", "fr-CA" → French), or undefined when there are none. */
export function packFor(language: string | undefined): LanguagePack | undefined {
  if (!language) return undefined;
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return LANGUAGE_PACKS.find((pack) => pack.code === primary);
}
