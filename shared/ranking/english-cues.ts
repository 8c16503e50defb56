/**
 * English cues of a checkable claim, read from the ranker's tokens with word lists: numbers with what
 * they count, comparisons and change, records, tense, reported speech, hedges and opinion, persons,
 * names. Each is in [0, 1].
 */
import type { Tokens } from './tokens';

export const ENGLISH_CUES = [
  'number_with_unit', 'scale_word', 'number_word', 'statistic_word', 'comparative', 'change_verb',
  'superlative', 'past_tense', 'present_perfect', 'future', 'reported_speech', 'hedge_opinion',
  'obligation', 'first_singular', 'first_plural', 'second_person', 'third_person', 'negation',
  'names', 'name_run', 'known_body', 'time_expression', 'address', 'filler',
] as const; // prettier-ignore

// Word classes, one bit each; a word may be in several.
const NUMBER = 1 << 0;
const SCALE = 1 << 1;
const NUMBER_WORD = 1 << 2;
const UNIT = 1 << 3;
const STATISTIC = 1 << 4;
const COMPARATIVE = 1 << 5;
const CHANGE = 1 << 6;
const SUPERLATIVE = 1 << 7;
const PAST = 1 << 8;
const HAVE = 1 << 9;
const FUTURE = 1 << 10;
const REPORTING = 1 << 11;
const HEDGE = 1 << 12;
const OBLIGATION = 1 << 13;
const FIRST_SINGULAR = 1 << 14;
const FIRST_PLURAL = 1 << 15;
const SECOND = 1 << 16;
const THIRD = 1 << 17;
const NEGATION = 1 << 18;
const BODY = 1 << 19;
const TIME = 1 << 20;
const ADDRESS = 1 << 21;
const FILLER = 1 << 22;

const CLASSES: ReadonlyArray<readonly [number, string]> = [
  [NUMBER, '<num> <bignum> <money> <pct>'],
  [SCALE, 'hundred hundreds thousand thousands million millions billion billions trillion trillions'],
  [
    NUMBER_WORD,
    'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ' +
      'seventy eighty ninety hundred thousand million billion trillion dozen dozens half third quarter twice',
  ],
  [
    UNIT,
    'percent per cent dollars dollar cents euros pounds people americans jobs workers children families ' +
      'years months weeks days hours miles acres tons barrels gallons troops soldiers nations countries ' +
      'states times points votes cases deaths students seniors businesses companies units homes',
  ],
  [
    STATISTIC,
    'percent rate rates tax taxes jobs unemployment deficit debt budget spending average income wages ' +
      'prices inflation cost costs growth gdp economy revenue revenues poverty crime insurance medicare ' +
      'medicaid security trade exports imports oil energy record billion million trillion population',
  ],
  [
    COMPARATIVE,
    'more less fewer higher lower bigger smaller larger greater faster slower better worse cheaper',
  ],
  [
    CHANGE,
    'increase increased increases increasing decrease decreased decreases rose risen rise rising fell ' +
      'fallen dropped drop doubled tripled quadrupled halved cut cuts grew grown growing declined decline ' +
      'raised raise lost gained added created eliminated reduced reduce reduction',
  ],
  [SUPERLATIVE, 'most least first last record ever history highest lowest largest biggest best worst'],
  [
    PAST,
    'was were had did went said made took gave got came saw knew thought told became left felt brought ' +
      'began kept held wrote stood heard meant set met ran paid sat spoke lay led grew lost fell sent built ' +
      'understood spent cut rose won sold fought bought caught taught voted passed signed been',
  ],
  [HAVE, "have has had 've 's"],
  [FUTURE, "will 'll won't gonna shall"],
  [
    REPORTING,
    'said says say told according claimed claims stated announced reported testified admitted ' +
      'acknowledged called promised warned argued insisted suggested',
  ],
  [
    HEDGE,
    'think believe feel hope guess maybe perhaps probably possibly seems seem might may wish want ' +
      'suppose imagine sure frankly honestly',
  ],
  [OBLIGATION, 'should must ought need needs needed let'],
  [FIRST_SINGULAR, "i i'm i've i'd i'll me my mine myself"],
  [FIRST_PLURAL, "we we're we've we'd we'll us our ours ourselves"],
  [SECOND, "you you're you've you'd you'll your yours yourself"],
  [THIRD, "he she they he's she's they're his her their them him it's"],
  [NEGATION, "not no never nothing nobody none n't don't doesn't didn't isn't aren't wasn't can't won't"],
  [
    BODY,
    'congress senate house cia fbi nato un irs epa fda pentagon treasury medicare medicaid china russia ' +
      'iran iraq israel mexico canada japan germany france britain europe afghanistan syria korea cuba ' +
      'vietnam soviet america washington',
  ],
  [TIME, '<year> ago since last yesterday decade decades century years months today tonight'],
  [ADDRESS, 'thank thanks folks ladies gentlemen friends applause audience moderator'],
  [FILLER, 'well oh yes okay ok look listen uh um'],
];

const LEXICON = new Map<string, number>();
for (const [bit, words] of CLASSES) {
  for (const word of words.split(' ')) LEXICON.set(word, (LEXICON.get(word) ?? 0) | bit);
}

const scaled = (n: number, full: number): number => Math.min(1, n / full);
const flag = (seen: number, bit: number): number => ((seen & bit) !== 0 ? 1 : 0);

/** The English cues of a sentence, in `ENGLISH_CUES` order. */
export function englishCues(tokens: Tokens): number[] {
  const { words, capitalized } = tokens;
  let seen = 0;
  let withUnit = 0;
  let statistics = 0;
  let past = 0;
  let perfect = 0;
  let superlative = 0;
  let than = false;
  let goingTo = false;
  let names = 0;
  let run = 0;
  let longestRun = 0;
  let nextClasses = words.length > 0 ? (LEXICON.get(words[0] as string) ?? 0) : 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1] ?? '';
    const classes = nextClasses;
    nextClasses = next === '' ? 0 : (LEXICON.get(next) ?? 0);
    seen |= classes;
    const edWord = w.length > 4 && w.endsWith('ed');
    if (classes & (NUMBER | NUMBER_WORD) && (nextClasses & (UNIT | SCALE) || next === '<pct>')) withUnit++;
    if (w === '<money>') withUnit++;
    if (classes & STATISTIC) statistics++;
    if (classes & PAST || edWord) past++;
    if (classes & HAVE && ((nextClasses & PAST) !== 0 || next.endsWith('ed'))) perfect++;
    if (classes & SUPERLATIVE || (w.length > 5 && w.endsWith('est'))) superlative++;
    if (w === 'than') than = true;
    if (w === 'going' && next === 'to') goingTo = true;
    if (capitalized[i] === 1) {
      names++;
      run++;
      if (run > longestRun) longestRun = run;
    } else run = 0;
  }
  const first = words.length > 0 ? (LEXICON.get(words[0] as string) ?? 0) : 0;
  return [
    scaled(withUnit, 2),
    flag(seen, SCALE),
    flag(seen, NUMBER_WORD),
    scaled(statistics, 2),
    flag(seen, COMPARATIVE) * (than ? 1 : 0.5),
    flag(seen, CHANGE),
    superlative > 0 ? 1 : 0,
    scaled(past, 2),
    perfect > 0 ? 1 : 0,
    flag(seen, FUTURE) || (goingTo ? 1 : 0),
    flag(seen, REPORTING),
    flag(seen, HEDGE),
    flag(seen, OBLIGATION),
    flag(seen, FIRST_SINGULAR),
    flag(seen, FIRST_PLURAL),
    flag(seen, SECOND),
    flag(seen, THIRD),
    flag(seen, NEGATION),
    scaled(names, 4),
    longestRun >= 2 ? 1 : 0,
    flag(seen, BODY),
    flag(seen, TIME),
    flag(seen, ADDRESS),
    flag(first, FILLER),
  ];
}
