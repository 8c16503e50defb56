/**
 * The per-language tables the one finder framework reads: words, patterns, month and weekday names and
 * number notation. Each finder takes the tables of the paragraph's language; nothing else differs.
 */
import type { DateForm } from '../date-forms';

/** What a hedge before a figure says about it. */
export type HedgeMeaning = 'approximate' | 'lower' | 'upper' | 'additional' | 'exact';

/** How numbers are written: numerals, written-out numbers, scales, hedges, money, ranges. */
export interface NumberTables {
  /** Every figure's first token: a numeral, a vague plural ("thousands of") or a written number. */
  core: RegExp;
  /**
   * Telephone words in the 40 characters before "555-1234" that make it a local telephone number, not a
   * range ("call", "phone", "tel.", "fax"; see ../phone-numbers.ts), unless a noun is counted after it
   * (`countNoun`). Absent: such a number is a range.
   */
  telephoneBefore?: RegExp;
  /** Regex source of a numeral alone (for range tails and wholes). */
  numeral: string;
  /** Reads a numeral as written ("100.000" → 100000 in Spanish, "1,5" → 1.5). */
  parseNumeral(raw: string): number;
  /** Reads a written-out number ("twenty-five", "veinticinco", "fünfundzwanzig"). */
  parseWords(phrase: string): number | undefined;
  /**
   * A minus written as a word right before a figure ("minus 5 degrees"), lower-case ASCII. Absent where
   * the word is also part of a hedge ("au moins 5" is at least 5).
   */
  minusWord?: string;
  /** Vague plurals and what they stand for ("thousands" → 2000). */
  vague: Readonly<Record<string, number>>;
  /** Right after a numeral: a time, date or version goes on ("10:30", "1.2.3"), so it is no figure. */
  continues: RegExp;
  /** Right after a numeral: a clock time ("a.m.", "Uhr"). */
  clock: RegExp;
  /** Right after a numeral: the month of a date ("12 de enero"): a day, not a figure. */
  dayOf?: RegExp;
  /** Right after a numeral: an ordinal mark ("20. Februar", "1.º"); letters glued on are read apart. */
  ordinal?: RegExp;
  /** Before a numeral joined by a hyphen: a part of a period ("mid-" in "mid-2019"). */
  datePrefix: RegExp;
  /** Scale words after a number ("million", "millones", "Mio."), longest first, and their values. */
  scaleAfter: RegExp;
  scales: Readonly<Record<string, number>>;
  /** Scale suffixes glued to a numeral ("300m", "2.5bn"); others are not read glued. */
  gluedScales: ReadonlySet<string>;
  /** Percent after a number ("%", "percent", "por ciento", "Prozentpunkte"); group 1 is the mark. */
  percentAfter: RegExp;
  /** Whether a percent mark means percentage points. */
  points: RegExp;
  /** Currency after a number ("dollars", "de euros", "€"); group 1 is looked up in `currencyWords`. */
  currencyAfter: RegExp;
  currencyWords: Readonly<Record<string, string>>;
  /** Hedges before a number, longest first. */
  hedges: ReadonlyArray<readonly [string, HedgeMeaning]>;
  /**
   * Capitalized words that may stand before a bare number without making it part of a name
   * ("Boeing 737" is a name); undefined where nouns are capitalized (German) and `nameBefore` decides.
   */
  capitalOk?: ReadonlySet<string>;
  /** Words before a bare number that make it part of a name, where `capitalOk` cannot tell. */
  nameBefore?: RegExp;
  /** A month name right before a bare number makes it a day ("January 12"). */
  monthBefore?: RegExp;
  /** Prepositions after which a year-like number is a year even before a plural noun. */
  yearPrepositions: ReadonlySet<string>;
  /** A noun after a year-like number that makes it a count ("2,019 people"). */
  countNoun: RegExp;
  /** The thing measured, written before the figure ("revenue of"); group 1 is the measure. */
  measureBefore: RegExp;
  /** "between" right before a range, and "from" (both are taken into the span). */
  betweenBefore: RegExp;
  fromBefore: RegExp;
  /** Separators of a range after its first number: "and" after "between", else "to" or a dash. */
  rangeAnd: RegExp;
  rangeTo: RegExp;
  /** "of the 250" after a part; group 1 is the whole. */
  whole: RegExp;
  /** "of" after a percentage: a share of something. */
  shareOf: RegExp;
}

/** How the noun phrase a number counts is read. */
export interface UnitTables {
  /** Words that end a unit phrase: function words, pronouns, common verbs. */
  stopWords: ReadonlySet<string>;
  /** Words of time: a number before them is a duration, which the date finder reads. */
  timeUnits: ReadonlySet<string>;
  /** After "and": a new figure starts ("and another 3,500"). */
  newFigure: RegExp;
  /** Words that join two nouns ("and", "or"). */
  joiners: ReadonlySet<string>;
  /** Words that join a measure and its material ("barrels of oil"). */
  of: ReadonlySet<string>;
  /** After a vague plural, the word that must follow ("thousands of"); undefined: none. */
  vagueOf?: RegExp;
  /** Word endings that end the phrase: adverbs ("-ly"). */
  adverb?: RegExp;
  /** Word endings of a past participle that is a verb when the phrase ends there ("300 arrested"). */
  participle?: RegExp;
  /** Nouns are capitalized (German): after one, a lower-case word other than a joiner ends the phrase. */
  nounEnds?: boolean;
  /** Word endings of a conjugated verb, which end the phrase after its first word ("800 tanques esperan"). */
  verb?: RegExp;
  /** Units of measure written out, lower case ("metres", "miles"): the phrase ends with them ("3 metres long"). */
  measures?: ReadonlySet<string>;
  /** Words that make one unit with the measure after them ("square", "cubic", "nautical"). */
  measureModifiers?: ReadonlySet<string>;
  /** Right after a measure, words that belong to it ("per hour", "an hour", "Celsius"); group 1 is them. */
  measureAfter?: RegExp;
}

/** How dates are written. */
export interface DateTables {
  /** Quick test: could this sentence hold a date at all? */
  hint: RegExp;
  forms: readonly DateForm[];
  /** A preposition before the date, taken into its span; group 1 is the preposition and space. */
  leadIn: RegExp;
  /** A lead-in that opens a range itself ("from", "between"): not taken twice. */
  rangeOpener: RegExp;
  /** Lead-ins recorded as the date's relation, mapped to the English word stored. */
  relations: Readonly<Record<string, string>>;
  /** A duration before or after a range ("for ten days"); groups 1 and 2 are the count and the unit. */
  durationBefore: RegExp;
  durationAfter: RegExp;
  /** Reads a duration's count and unit in days; undefined if unreadable. */
  durationDays(count: string, unit: string): number | undefined;
  /** The sentence speaks of the future: a weekday without "last" is the next one. */
  future: RegExp;
  /**
   * Words that tell whether a date written without a year has passed or is to come, read by
   * `tenseOfDate` (../date-tense.ts) at each word's start: sticky; group 1 future, 2 undecided, 3 past,
   * 4 a verb in -ed, 5 a verb in the present (optional).
   * Absent: such a date falls in the year that puts it nearest the document's date.
   */
  tense?: RegExp;
}

/** How quotations and their speakers are written. */
export interface QuoteTables {
  /** Marks that open a quotation, and marks that close one (a mark in both closes when one is open). */
  open: ReadonlySet<string>;
  close: ReadonlySet<string>;
  /** A line opening with a dash is dialogue ("—No lo haremos —dijo—"). */
  dialogueDash: boolean;
  /** After the closing mark: speaker then verb; group 1 is the speaker. */
  afterSpeakerVerb: RegExp;
  /** After the closing mark: verb then speaker; group 2 is the speaker. */
  afterVerbSpeaker: RegExp;
  /**
   * A speaker written with a role before the name ("police chief Tom Brown", "Interior Minister Ana
   * Ruiz"); group 1 is the role, group 2 the name. Undefined: the speaker is taken as written.
   */
  titled?: RegExp;
  /** After the closing mark: a verb with no speaker written ("», añadió."): the last speaker said it. */
  afterVerbAlone?: RegExp;
  /** Before the opening mark: "X said: “…”", "According to X, “…”"; group 1 or 3 is the speaker. */
  before: RegExp;
  /** Unnamed sources. */
  anonymous: RegExp;
  /** Pronouns that stand for the last speaker. */
  pronoun: RegExp;
  /** A description that names a role, resolved to the last speaker ("the former prime minister"). */
  described: RegExp;
  /** A description that names several people ("the ministers"), which is not one speaker. */
  plural?: RegExp;
  /** The article that opens a description ("the "), dropped when the description is stated as a role. */
  article: RegExp;
  /** The claim a quotation makes, stated in the language: `Jens Stoltenberg said: “…”`. */
  said(speaker: string, quote: string): string;
  /** A quotation with no speaker, stated in the language. */
  unattributed(quote: string): string;
}

/** How people are named with their roles. */
export interface RoleTables {
  /** Quick test before the role finders. */
  hint: RegExp;
  /** "NATO Secretary General Jens Stoltenberg"; groups 1 and 2 are the role and the name. */
  titleName: RegExp;
  titleHint: RegExp;
  /** "Jens Stoltenberg, the NATO chief,"; groups 1 and 2 are the name and the role. */
  nameAppositive: RegExp;
  appositiveHint: RegExp;
  /** Role words in running text ("the former Norwegian prime minister"). */
  roleWord: RegExp;
  /** A title word alone, stripped from the front of a name a greedy match swallowed. */
  titleWord: RegExp;
  /** Words a name may not start with. */
  notName: RegExp;
  /** "according to …"; group 1 is the source. */
  accordingTo: RegExp;
  accordingHint: RegExp;
  /** A source that names no one ("sources", "officials"). */
  anonymousSource: RegExp;
  /** Words that make a role a former one. */
  former: RegExp;
  /** A role claim stated in the language: "Dimitar Kovacevski is the Prime Minister of North Macedonia." */
  is(person: string, role: string): string;
}

/** How comparisons, firsts and records are written. */
export interface ComparisonTables {
  hint: RegExp;
  superlative: RegExp;
  first: RegExp;
  comparative: RegExp;
  ratio: RegExp;
  /** Superlative-looking phrases that are no claim ("best of", "most likely"). */
  notSuperlative: RegExp;
}

/** Statements of something done or decided. */
export interface EventTables {
  verb: RegExp;
  notFactual: RegExp;
  /** A subject that can be named: a definite noun phrase. */
  definite: RegExp;
}

/** Everything the finders know about one language. */
export interface LanguagePack {
  /** BCP 47 code: en, es, fr, de, pt. */
  code: string;
  /** The English name, for the UI. */
  name: string;
  /** Whether the check-worthiness model was trained on this language (English only). */
  modelTrained: boolean;
  numbers: NumberTables;
  units: UnitTables;
  dates: DateTables;
  quotes: QuoteTables;
  roles: RoleTables;
  comparisons: ComparisonTables;
  events: EventTables;
  /**
   * Boilerplate lines of this language's news sites, as regex alternatives: related-link markers before a
   * colon ("Lea también"), advert and betting words, and whole lines of page furniture ("Foto: …").
   */
  boilerplate: { links: string; ads: string; furniture: string };
  /** Words ending with a full stop that do not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** A day number with a stop before a month name is an ordinal, not a sentence end ("20. Februar"). */
  ordinalDay?: RegExp;
  /** Quick tests before the finders. */
  hints: { quote: RegExp; number: RegExp };
  /** Common short words of the language, for telling paragraphs apart cheaply. */
  functionWords: ReadonlySet<string>;
}
