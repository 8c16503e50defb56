/**
 * English words that tell whether a date written without a year has passed or is to come (read by
 * `tenseOfDate` in ../date-tense.ts): group 1 future, group 2 undecided, group 3 past, group 4 a verb in
 * -ed, group 5 a verb in the present. Where two alternatives start at one place the first listed wins, so
 * "to be held" is future and "is being held" undecided.
 */

/** Alternatives that may also open a sentence: "was|were" → "[Ww]as|[Ww]ere" (no `i` flag: "Ahmed"). */
const initialCase = (alternatives: string): string =>
  alternatives.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);

/** A future auxiliary takes the verb after it ("will be held"): a past form there is no past cue. */
const VERB_AFTER = "(?:\\s+(?:not|be|been|have|also|then|now|again|finally))*(?:\\s+[\\p{L}'’]+)?";

const FUTURE =
  `(?:${initialCase("will|shall|won['’]t|to be held|to take place|going to|plans to|plan to|planning to|intends to|aims to")}` +
  `|(?:${initialCase('is|are|am|was|were')}) (?:set|scheduled|due|expected|slated|planned|poised|going|about) to)` +
  VERB_AFTER +
  `|${initialCase('scheduled|slated|planned|upcoming|forthcoming|coming|expected|next|due(?! to\\b)')}`;

/**
 * Verbs in the present that dates go with (group 5): one standing between a reporting verb and the date
 * is the date's own ("the board said the council meets on March 3"), and the present tells no side of the
 * document's date. A closed list: a word in -s may be a plural noun ("talks"), a bare form ("open") an
 * infinitive.
 */
const PRESENT = initialCase(
  'is|are|meets|opens|reopens|begins|starts|ends|closes|resumes|runs|expires|convenes|' +
    'takes effect|takes place|comes into force',
);

/** Words that move a date or hedge it: the date they name may be either side of the document's. */
const UNDECIDED =
  initialCase('would|could|might|postponed|delayed|deferred|rescheduled|moved|pushed back|brought forward') +
  `|(?:${initialCase('is|are')}) being \\p{L}+`;

/**
 * Right before a past form, an article or possessive makes it an adjective, which tells no tense: "the
 * elected council meets", "a revised plan", "its state-owned airline", "the newly elected", "the lost city".
 * A finite verb never follows one, so the word is no cue and the cue before it, if any, is read. "That",
 * "this", "some", "another" are left out: they also stand alone before a verb ("talks that opened"); so
 * is "her" ("laws people like her passed"). Not asked of "last week" ("in the last month" looks back).
 * Looked for behind the word once it matched, so other words cost nothing more.
 */
const ADJECTIVE_AFTER =
  `(?<!(?<!\\p{L})(?:${initialCase('the|a|an|its|their|his|our|my|your')})\\s+` +
  '(?:(?:newly|recently)\\s+)?(?:\\p{L}+-)?\\p{L}+)';

const PAST =
  `(?:${initialCase(
    'took place|has been|have been|was|were|had|did|said|told|took|began|came|met|held|left|won|lost|fell|' +
      'rose|saw|gave|made|became|found|brought|got|sent|spent|struck|broke|built|chose|fought|grew|kept|led|' +
      'paid|sold|stood|thought|wrote|spoke|ran|ago',
  )})${ADJECTIVE_AFTER}` +
  `|${initialCase('last')} (?:week|weekend|month|year|night|time|season|spring|summer|autumn|fall|winter|` +
  'January|February|March|April|May|June|July|August|September|October|November|December)';

/** Words in -ed that are not verbs in the past, or rarely are. */
const NOT_PAST =
  'hundred|kindred|indeed|need|speed|seed|feed|deed|breed|greed|creed|weed|steed|proceed|exceed|succeed|' +
  'shed|sacred|naked|wicked|beloved|rugged|ragged|jagged|wretched|limited|united|related|based|armed|aged';

/** The cues as one sticky regex; a verb in -ed is lower-case (a capital is more often a name: "Ahmed"). */
export const EN_TENSE = new RegExp(
  `(?:(${FUTURE})|(${UNDECIDED})|(${PAST})|(\\p{Ll}{2,}ed(?<!(?<!\\p{L})(?:${NOT_PAST}))${ADJECTIVE_AFTER})|(${PRESENT}))` +
    "(?![\\p{L}'’])",
  'yu',
);
