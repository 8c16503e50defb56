/** English quotations, roles, comparisons, events and boilerplate. */
import type { ComparisonTables, EventTables, QuoteTables, RoleTables } from './tables';

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|explained|explains|stated|states|warned|warns|assured|assures|insisted|insists|' +
  'noted|notes|recalled|recalls|wrote|writes|tweeted|tweets|posted|declared|declares|stressed|stresses|argued|argues|' +
  'claimed|claims|conclude|concluded|concludes|continued|continues|asked|asks|replied|replies|admitted|admits|' +
  'acknowledged|acknowledges|emphasized|emphasised|underlined|pointed out|announced|announces|confirmed|confirms|' +
  'denied|denies|suggested|suggests|observed|remarked|responded|responds|told reporters|said in a statement';
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|de|van|von|da|bin|al)){0,3}";
const DESCRIPTION =
  "(?:the|a|an|one|his|her|their|its)(?:\\s+(?!(?:who|which|that|when|while|after|before|during|at|in|on|as|and|to|said|says)\\b)[\\p{L}'’-]+){1,6}";
const PRONOUN = '(?:he|she|they|it|we|I)';
const GROUP =
  '(?:\\p{Ll}+\\s+){0,2}?(?:officials|sources|diplomats|analysts|experts|residents|witnesses|people)(?:\\s+(?:familiar with the (?:matter|talks|plans?)|close to the [\\p{L}]+|with knowledge of the [\\p{L}]+|briefed on the [\\p{L}]+))?';

/** Titles of office, capitalized as written before a name: "Prime Minister", "Secretary General". */
const TITLE_SOURCE =
  '(?:Secretary[- ]General|Secretary of State|Prime Minister|Deputy Prime Minister|Foreign Minister|Defen[cs]e Minister|' +
  'Finance Minister|Interior Minister|Health Minister|Minister(?: of [\\p{Lu}][\\p{L}]+(?: and [\\p{Lu}][\\p{L}]+)?)?|' +
  'Vice President|President(?:-elect)?|Chancellor|Governor|Mayor|Senator|Sen\\.|Rep\\.|Representative|Congressman|' +
  'Congresswoman|Speaker|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chief Executive|CEO|Chairman|Chairwoman|' +
  'Chair|Director(?:[- ]General)?|Commander|General|Admiral|King|Queen|Prince|Princess|Pope|Judge|Justice|' +
  'Chief Justice|Attorney General|Prosecutor|Envoy|Adviser|Advisor|Premier|Foreign Secretary|Home Secretary|' +
  'Chief of Staff|Leader|Head|Founder|Professor|Dr\\.)';

/** Role nouns in running text, any case: "the former Norwegian prime minister", "police chief". */
const ROLE_NOUNS = (
  'prime minister|minister|president|secretary|chancellor|governor|mayor|senator|congressman|congresswoman|' +
  'ambassador|spokesman|spokeswoman|spokesperson|chief|ceo|chairman|chairwoman|chair|director|commander|' +
  'general|admiral|king|queen|prince|princess|pope|judge|justice|prosecutor|envoy|adviser|advisor|premier|' +
  'leader|head|founder|professor|official|diplomat|lawmaker|economist|analyst|expert|officer'
).split('|');
const ROLE_WORD = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})\\b`, 'i');
/** The role nouns as written before a name, lower case or capitalized, for patterns that read capitals. */
const ROLE_NOUN_BEFORE_NAME = ROLE_NOUNS.map((noun) =>
  noun.replace(/\b[a-z]/g, (initial) => `[${initial}${initial.toUpperCase()}]`),
).join('|');
/** A role written right before a name: "police chief", "the mayor's spokesman", "Interior Minister". */
const ROLE_BEFORE_NAME = `(?:[\\p{L}'’.-]+\\s+){0,3}(?:${TITLE_SOURCE}|${ROLE_NOUN_BEFORE_NAME})`;
const SPEAKER = `(${ROLE_BEFORE_NAME}\\s+${NAME}|${NAME}|${DESCRIPTION}|${GROUP}|${PRONOUN})`;
const VERB = `(${SPEECH_VERBS})`;

const MODIFIERS =
  '(?:(?:former|then|acting|interim|deputy|vice|outgoing|incoming|current|new|late|ex-)\\s+)*';
const PERSON =
  "([\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]+|de|van|von|da|bin|al|der|la|le)){0,2}\\s+[\\p{Lu}][\\p{L}'’-]+)";
const OF_PLACE = '(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}-]*){0,3})?';
const QUALIFIERS = "(?:(?:[\\p{Lu}][\\p{L}.'’-]*|U\\.S\\.)\\s+){0,3}";

export const EN_QUOTES: QuoteTables = {
  open: new Set(['“', '«', '„']),
  close: new Set(['”', '»']),
  dialogueDash: false,
  afterSpeakerVerb: new RegExp(
    `^\\s*${SPEAKER}\\s+(?:(?:has|had|also|then|later|again)\\s+)?${VERB}\\b`,
    'u',
  ),
  afterVerbSpeaker: new RegExp(`^\\s*${VERB}\\s+${SPEAKER}(?=[\\s,.;:]|$)`, 'u'),
  titled: new RegExp(`^(${ROLE_BEFORE_NAME})\\s+(${NAME})$`, 'u'),
  before: new RegExp(
    `(?:^|[\\s,(])(?:${SPEAKER}\\s+(?:(?:has|had|also|then|later)\\s+)?${VERB}\\b[^“"«]{0,60}?|[Aa]ccording to ${SPEAKER}),?:?\\s*$`,
    'u',
  ),
  anonymous:
    /\b(?:sources?|officials|diplomats|people familiar|insiders|a spokes(?:man|woman|person)|an official)\b/i,
  pronoun: /^(?:he|she)$/i,
  described: /^(?:the|his|her)\s/i,
  plural: /s$/,
  article: /^the\s+/i,
  said: (speaker, quote) => `${speaker} said: “${quote}”`,
  unattributed: (quote) => `“${quote}” (no speaker given)`,
};

export const EN_ROLES: RoleTables = {
  hint: /Minister|President|Secretary|Chancellor|Governor|Mayor|Senator|Sen\.|Rep\.|Ambassador|Spokes|Chief|CEO|Chair|Director|Commander|General|Admiral|King|Queen|Prince|Pope|Judge|Justice|Prosecutor|Envoy|Advis|Premier|Leader|Head|Founder|Professor|Dr\.|Representative|Congress|Speaker/,
  titleName: new RegExp(
    `(?:\\b[Tt]he\\s+)?(${MODIFIERS}${QUALIFIERS}${TITLE_SOURCE}${OF_PLACE}),?\\s+${PERSON}(?![\\p{L}])`,
    'gu',
  ),
  titleHint: new RegExp(`${TITLE_SOURCE}(?:\\s+of\\s+[^,.;]{1,40}?)?,?\\s+[\\p{Lu}]`, 'u'),
  nameAppositive: new RegExp(
    `${PERSON},\\s+((?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:${ROLE_WORD.source.slice(2, -2)})(?:\\s+of\\s+[^,.;]{1,40}?)?)(?=[,.;])`,
    'giu',
  ),
  appositiveHint: /,\s+(?:the|a|an)\s/i,
  roleWord: ROLE_WORD,
  titleWord: new RegExp(`^${TITLE_SOURCE}$`, 'u'),
  notName: /^(?:The|A|An|In|On|At|But|And)$/,
  accordingTo: /\baccording to ((?:the |a |an )?[^,.;:]{2,60}?)(?=[,.;:]|$)/i,
  accordingHint: /according to/i,
  anonymousSource: /\bsources?\b|\bofficials\b|\bpeople familiar\b/i,
  former: /\bformer\b/i,
  is: (person, role) => {
    const the = /^the\b/i.test(role) || /^[\p{Lu}]{2,}/u.test(role) ? '' : 'the ';
    return `${person} is ${the}${role}.`;
  },
};

const SUPERLATIVES =
  'largest|biggest|highest|lowest|greatest|smallest|worst|best|fastest|slowest|strongest|weakest|deadliest|' +
  'longest|shortest|oldest|youngest|richest|poorest|cheapest|hottest|coldest|warmest|wettest|driest|heaviest|' +
  'busiest|safest|widest|deepest|tallest|toughest|costliest|wealthiest|steepest|sharpest|hardest|fewest|' +
  'furthest|farthest|bloodiest|fiercest|worst-ever|largest-ever|biggest-ever|highest-ever|lowest-ever|' +
  '(?:most|least) [\\p{L}-]+';
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))[- ]';
const DETERMINER = "(?:one of\\s+)?(?:the|its|their|his|her|our|[\\p{Lu}][\\p{L}]+['’]s)";
/** Words that may continue the noun phrase after a superlative: adjectives and nouns, not function words. */
const NP_WORD =
  "(?:\\s+(?!(?:is|are|was|were|has|have|had|will|would|to|in|on|at|of|for|and|or|but|that|which|who|since|ever|as|by|with|from|than|this|these|those|it|they|he|she|we)\\b)[\\p{L}][\\p{L}'’-]*)";
/** What scopes a superlative or first: "since the Cold War", "in history", "on record", "ever". */
const SCOPE =
  "(?:\\s+(?:ever(?:\\s+recorded)?|on record|in history|of all time|to date|(?:since|in|of|for|across)\\s+(?:the\\s+|a\\s+|its\\s+)?(?:[\\p{L}\\d][\\p{L}\\d'’-]*)(?:\\s+(?!(?:and|but|which|that|who|when|where|because|while)\\b)[\\p{L}\\d][\\p{L}\\d'’-]*){0,3}))?";

export const EN_COMPARISONS: ComparisonTables = {
  hint: /est\b|\bmost\b|\bleast\b|\bfirst\b|\brecord|\bthan\b|all-time|never before|unprecedented|doubled|tripled|quadrupled|halved|twice|fold\b/i,
  superlative: new RegExp(
    `\\b${DETERMINER}\\s+(?:${ORDINAL})?(?:${SUPERLATIVES})\\b${NP_WORD}{0,4}${SCOPE}`,
    'giu',
  ),
  first: new RegExp(
    `\\b(?:for the first time(?:\\s+(?:since|in|ever)\\b[^,.;:]{0,40})?|the first [\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:to|since|ever)\\b[^,.;:]{0,40}|record(?:-breaking|-high|-low| high| low| number of [\\p{L}-]+| levels?)|all-time (?:high|low)|never before[^,.;:]{0,40}|unprecedented [\\p{L}-]+)`,
    'giu',
  ),
  comparative: new RegExp(
    `\\b(?:(?:more|less|fewer)\\s+(?![\\d$€£])[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?|(?!(?:other|rather|never|ever|whether|over|under|after|either|neither|together|sooner|later)\\b)[\\p{L}]{2,}er|better|worse|twice as [\\p{L}-]+ as|\\d+(?:\\.\\d+)? times (?:more|higher|larger|bigger|as [\\p{L}-]+ as))\\s+than\\s+(?![\\d$€£])[^,.;:]{1,50}`,
    'giu',
  ),
  ratio:
    /\b(?:doubled|tripled|quadrupled|halved|twice as (?:many|much|large|big|high)|tenfold|twofold|threefold)\b/giu,
  notSuperlative: /\b(?:best|most|least)\s+(?:of|to|part|way|likely|probably)\b/i,
};

export const EN_EVENTS: EventTables = {
  verb: /\b(?:rejected|rejects|reject|proposed|proposes|propose|met|meets|meeting|announced|announces|signed|signs|agreed|agrees|approved|approves|launched|launches|banned|bans|imposed|imposes|accused|accuses|denied|denies|confirmed|confirms|warned|warns|asked|asks|called for|calls for|voted|votes|passed|arrested|killed|attacked|invaded|invades|signaled|signalled|signals|insisted|insists|pledged|pledges|promised|promises|vowed|vows|resigned|resigns|elected|appointed|fired|sued|sues|charged|convicted|sentenced|released|published|reported|reports|found|discovered|increased|decreased|rose|fell|cut|raised|spent|won|lost|built|closed|opened|withdrew|deployed|deploys|sanctioned|condemned|condemns|recognized|recognised|refused|refuses|blocked|cancelled|canceled|suspended|ordered|orders|demanded|demands|threatened|threatens|negotiate|negotiated|has not met|will not)\b/i,
  notFactual: /\?$|^(?:I|We)\s+(?:think|believe|feel|hope)\b/,
  definite: /\bthe\s+\p{L}+/iu,
};

export const EN_BOILERPLATE = {
  links:
    "read|read more|read also|also read|more|see also|related|related articles?|related stories|recommended|watch|listen|more on this(?: story)?|further reading|latest|trending|top stories|most read|editor'?s picks?|lee también|leer|lire aussi|à lire aussi|lesen sie auch",
  ads: 'bookmakers?|casinos?|sportsbooks?|betting|bet365|betmgm|draftkings|fanduel|promo codes?|bonus codes?|free spins|advertisements?|advertising|sponsored|sponsor content|paid content|affiliate links?|partner content|shop now|buy now|best deals?|coupon',
  furniture:
    'news video|video|videos|watch video|photo|photos|photo gallery|gallery|image|images|podcast|listen to this article|audio|advertisement|ad|sponsored|share|share this( article| story)?|share on \\w+|tweet|email|print|comments?|\\d+ comments?|follow us.*|sign up.*|subscribe.*|newsletter.*|click here.*|all rights reserved.*|copyright\\s*(?:©|\\(c\\)|\\d{4}).*|©.*|\\(c\\) .*|reporting by .*|editing by .*|\\(reporting by .*|written by .*|additional reporting .*|this article (was|first appeared|originally).*|this story (was|has been).*|we use cookies.*|accept (?:all )?cookies.*|loading\\W*|getty images.*|(afp|ap|reuters|epa|getty)( photo)?\\/.*|photo: .*|image: .*|caption: .*|credit: .*|file photo.*',
};
