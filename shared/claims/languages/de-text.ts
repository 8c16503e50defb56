/** German quotations („…“, »…«), roles, superlatives ("die größte … seit"), events and boilerplate. */
import type { ComparisonTables, EventTables, QuoteTables, RoleTables } from './tables';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const VERBS =
  'sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|fügte|warnte|warnt|versicherte|versichert|' +
  'meinte|meint|schrieb|schreibt|twitterte|bestätigte|bestritt|räumte|antwortete|fragte|unterstrich|hob|' +
  'kündigte|teilte|mahnte|forderte|kritisierte|berichtete|schließen|schlussfolgern|folgern|resümieren|so';
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|von|van|de|der)){0,3}";
const NOT_AFTER_ARTICLE =
  '(?:am|im|in|auf|bei|mit|nach|vor|und|zu|von|der|die|das|dem|den|dass|wenn|als|sagte|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Tag)';
const DESCRIPTION = `(?:der|die|das|den|dem|ein|eine|einer|sein|seine|ihr|ihre)(?:\\s+(?!${NOT_AFTER_ARTICLE}${E})[\\p{L}'’-]+){1,6}`;
const GROUP = '(?:\\p{Ll}+e\\s+)?(?:Quellen|Diplomaten|Beamte|Insider|Experten|Anwohner|Zeugen)';
const SPEAKER = `(${NAME}|${DESCRIPTION}|${GROUP}|er|sie)`;
const VERB = `(${VERBS})`;
const WHEN =
  '(?:(?:am\\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|heute)\\s+)?';

const TITLE =
  '(?:(?:[\\p{Lu}][\\p{L}]*-)?(?:Generalsekretär(?:in)?|Ministerpräsident(?:in)?|Bundeskanzler(?:in)?|Kanzler(?:in)?|' +
  'Bundespräsident(?:in)?|Vizepräsident(?:in)?|Präsident(?:in)?|Außenminister(?:in)?|Verteidigungsminister(?:in)?|' +
  'Finanzminister(?:in)?|Innenminister(?:in)?|Gesundheitsminister(?:in)?|Minister(?:in)?|Regierungschef(?:in)?|' +
  'Regierungssprecher(?:in)?|Sprecher(?:in)?|Bürgermeister(?:in)?|Gouverneur(?:in)?|Senator(?:in)?|Abgeordnete[rn]?|' +
  'Botschafter(?:in)?|Chef(?:in)?|Vorsitzende[rn]?|Generaldirektor(?:in)?|Direktor(?:in)?|Kommandeur(?:in)?|General|' +
  'Admiral|König(?:in)?|Prinz(?:essin)?|Papst|Richter(?:in)?|Generalstaatsanwalt|Staatsanwalt|Staatsanwältin|' +
  'Gesandte[rn]?|Berater(?:in)?|Gründer(?:in)?|Professor(?:in)?|Premierminister(?:in)?|Premier|Dr\\.))';
const ROLE_WORD =
  /(?:minister|präsident|kanzler|sekretär|sprecher|bürgermeister|gouverneur|senator|abgeordnete|botschafter|chef|vorsitzende|direktor|kommandeur|general|admiral|könig|prinz|papst|richter|staatsanw|gesandte|berater|gründer|professor|beamte|diplomat|ökonom|analyst|experte|premier)/i;
const MODIFIERS =
  '(?:(?:frühere[rn]?|ehemalige[rn]?|damalige[rn]?|amtierende[rn]?|neue[rn]?|scheidende[rn]?|stellvertretende[rn]?|Ex-)\\s*)*';
const QUALIFIERS = '(?:(?:\\p{Ll}+e[nrs]?|[\\p{Lu}][\\p{L}]+s)\\s+){0,3}';
const PERSON =
  "([\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]+|von|van|de|der)){0,2}\\s+[\\p{Lu}][\\p{L}'’-]+)";
const OF_PLACE = '(?:\\s+(?:von|des|der)\\s+[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*){0,2}?)?';

export const DE_QUOTES: QuoteTables = {
  open: new Set(['„', '»', '«', '“']),
  close: new Set(['“', '«', '»', '”']),
  dialogueDash: false,
  afterSpeakerVerb: new RegExp(`^\\s*,?\\s*${SPEAKER}\\s+(?:(?:auch|dann|später)\\s+)?${VERB}${E}`, 'u'),
  afterVerbSpeaker: new RegExp(`^\\s*,?\\s*${VERB}\\s+${WHEN}${SPEAKER}(?=[\\s,.;:]|$)`, 'u'),
  before: new RegExp(
    `(?:^|[\\s,(])(?:${SPEAKER}\\s+(?:(?:auch|dann|später)\\s+)?${VERB}${E}[^„»“"]{0,60}?|[Ll]aut ${SPEAKER}),?:?\\s*$`,
    'u',
  ),
  anonymous: new RegExp(
    `(?:Quellen|Kreisen|Kreise|Diplomaten|Insider|${B}ein Sprecher|${B}eine Sprecherin|Beamte|Informanten)${E}`,
    'u',
  ),
  pronoun: /^(?:er|sie)$/i,
  described: /^(?:der|die|sein|seine|ihr|ihre)\s/i,
  article: /^(?:der|die|das|den|dem)\s+/i,
  said: (speaker, quote) => `${speaker} sagte: „${quote}“`,
  unattributed: (quote) => `„${quote}“ (no speaker given)`,
};

export const DE_ROLES: RoleTables = {
  hint: /minister|präsident|kanzler|sekretär|sprecher|bürgermeister|gouverneur|senator|abgeordnete|botschafter|chef|vorsitzende|direktor|kommandeur|general|admiral|könig|prinz|papst|richter|staatsanw|gesandte|berater|gründer|professor|premier|Dr\./i,
  titleName: new RegExp(
    `(?:${B}(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)\\s+)?(${MODIFIERS}${QUALIFIERS}${TITLE}${OF_PLACE}),?\\s+${PERSON}${E}`,
    'gu',
  ),
  titleHint: new RegExp(`${TITLE}[^.;]{0,40}?\\s[\\p{Lu}]`, 'u'),
  nameAppositive: new RegExp(
    `${PERSON},\\s+((?:der|die|ein|eine)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}-]*${ROLE_WORD.source}[\\p{L}]*(?:\\s+(?:von|des|der)\\s+[^,.;]{1,40}?)?)(?=[,.;])`,
    'giu',
  ),
  appositiveHint: /,\s+(?:der|die|ein|eine)\s/i,
  roleWord: ROLE_WORD,
  titleWord: new RegExp(`^${TITLE}$`, 'u'),
  notName: /^(?:Der|Die|Das|Ein|Eine|In|Am|Und|Aber)$/,
  accordingTo: new RegExp(
    `${B}(?:[Ll]aut|[Nn]ach Angaben (?:von |des |der )?|[Gg]emäß)\\s*((?:der |des |dem |den )?[^,.;:]{2,60}?)(?=[,.;:]|$)`,
    'u',
  ),
  accordingHint: /laut|nach Angaben|gemäß/i,
  anonymousSource: /Quellen|Kreise|Diplomaten|Insider|Beamte/i,
  former: /(?:frühere|ehemalige|damalige|Ex-)/i,
  is: (person, role) => `${person} ist ${role}.`,
};

const SUPERLATIVE_WORD = `(?:(?!(?:erste|ersten|erster|erstes|nächste[nrsm]?|meisten|feste[nrsm]?)${E})\\p{Ll}{2,}(?:st|ßt)e[nrsm]?|beste[nrsm]?)`;
const NP_WORD = `(?:\\s+(?!(?:ist|sind|war|waren|hat|haben|wird|werden|seit|in|im|auf|und|oder|aber|dass|der|die|das|des|dem|den|von|mit|als|wie|bis|je|jemals|aller|bisher)${E})[\\p{L}][\\p{L}'’-]*)`;
const SCOPE = `(?:\\s+(?:aller Zeiten|in der Geschichte|jemals|bisher|bislang|seit Beginn der Aufzeichnungen|(?:seit|in|im)\\s+(?:dem\\s+|der\\s+|den\\s+|des\\s+)?[\\p{L}\\d][\\p{L}\\d'’-]*(?:\\s+(?!(?:und|aber|die|der|das|als|wie|wenn|weil|dass)${E})[\\p{L}\\d][\\p{L}\\d'’-]*){0,3}))?`;

export const DE_COMPARISONS: ComparisonTables = {
  hint: /st(?:e[nrsm]?)?(?![\p{L}])|rekord|erstmals|ersten mal|noch nie|beispiellos|als |verdoppelt|verdreifacht|halbiert|doppelt|fach/iu,
  superlative: new RegExp(
    `${B}(?:(?:(?:eine?r?|eines) der\\s+)?(?:der|die|das|den|dem|des|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem|[\\p{Lu}][\\p{L}]+s)\\s+(?:(?:zweit|dritt|viert)\\s*)?${SUPERLATIVE_WORD}${E}${NP_WORD}{0,3}|am\\s+${SUPERLATIVE_WORD}${E})${SCOPE}`,
    'gu',
  ),
  first: new RegExp(
    `${B}(?:zum ersten Mal(?:\\s+seit${E}[^,.;:]{0,40})?|erstmals(?:\\s+seit${E}[^,.;:]{0,40})?|[Rr]ekord\\p{L}*|\\p{L}+rekord\\p{L}*|beispiellose?[nrsm]?|noch nie[^,.;:]{0,40}|so \\p{L}+ wie nie)`,
    'gu',
  ),
  comparative: new RegExp(
    `${B}(?:(?:mehr|weniger)\\s+(?![\\d$€£])[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?|(?!(?:aber|oder|sondern|weder|entweder|immer|wieder|später|früher|jeder|unser|euer|ihrer|seiner|einer|keiner|der|oder|über|unter|hinter|vier|dieser|jener|welcher|mancher|solcher)${E})\\p{Ll}{2,}er)\\s+als\\s+(?![\\d$€£])[^,.;:]{1,50}`,
    'gu',
  ),
  ratio: new RegExp(
    `${B}(?:verdoppelt|verdreifacht|vervierfacht|verzehnfacht|halbiert|doppelt so|dreimal so|zehnfach)${E}`,
    'giu',
  ),
  notSuperlative: /(?:am besten geeignet|die meisten)/i,
};

export const DE_EVENTS: EventTables = {
  verb: new RegExp(
    `${B}(?:abgelehnt|lehnte|lehnt|wies|weist|schlug|traf|trafen|trifft|kündigte|kündigt|unterzeichnete|unterzeichnet|einigte|einigten|billigte|genehmigte|startete|verbot|verhängte|beschuldigte|warf|bestritt|bestätigte|warnte|forderte|verlangte|stimmte|verabschiedete|festgenommen|tötete|getötet|angegriffen|marschierte|verlegte|verlegt|wählte|gewählt|ernannte|entließ|verklagte|verurteilte|verurteilt|freigelassen|veröffentlichte|berichtete|stieg|sank|fiel|kürzte|erhöhte|gewann|verlor|baute|schloss|öffnete|sanktionierte|erkannte|blockierte|drohte|verhandelte)${E}`,
    'iu',
  ),
  notFactual: /\?$|^(?:Ich|Wir)\s+(?:glaube|glauben|denke|denken|hoffe|hoffen|meine|meinen)(?![\p{L}])/u,
  definite: /(?<![\p{L}])(?:der|die|das|den|dem)\s+\p{L}+/iu,
};

export const DE_BOILERPLATE = {
  links:
    'lesen sie auch|lesen sie mehr|lesen sie hier|mehr zum thema|auch interessant|das könnte sie auch interessieren|das könnte sie interessieren|weitere artikel|weiterlesen|mehr dazu|meistgelesen|top-themen|zum thema|im video|hören sie|auch lesen|siehe auch',
  ads: 'sportwetten|wettanbieter|online-casinos?|casinos?|gesponsert|gutscheincodes?|rabattcodes?|bonuscodes?|freispiele|partnerinhalte?',
  furniture:
    'anzeige|werbung|video|videos|foto|fotos|bild|bilder|bildergalerie|galerie|fotostrecke|podcast|audio|artikel anhören|teilen|artikel teilen|kommentare?|\\d+ kommentare?|folgen sie uns.*|jetzt abonnieren.*|abonnieren sie.*|newsletter.*|hier klicken.*|alle rechte vorbehalten.*|©.*|(?:foto|bild|video|quelle|grafik): .*|(?:dpa|afp|ap|reuters|epd|kna)(?: ?\\/.*)?|\\(?mit material von .*|wir verwenden cookies.*|cookies akzeptieren.*|alle akzeptieren|wird geladen\\W*',
};
