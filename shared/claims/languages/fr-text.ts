/** French quotations (« … », with "a-t-il déclaré"), roles, superlatives, events and boilerplate. */
import type { ComparisonTables, EventTables, QuoteTables, RoleTables } from './tables';
import { eitherCase } from './word-tables';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const VERBS =
  'a déclaré|a dit|a affirmé|a assuré|a ajouté|a expliqué|a souligné|a indiqué|a estimé|a averti|a insisté|' +
  'a rappelé|a précisé|a écrit|a tweeté|a annoncé|a confirmé|a démenti|a répondu|a reconnu|a martelé|a prévenu|' +
  'a lancé|a poursuivi|a conclu|a jugé|ont déclaré|ont indiqué|ont affirmé|ont expliqué|ont assuré|déclare|dit|' +
  'affirme|assure|ajoute|explique|souligne|indique|estime|avertit|insiste|rappelle|précise|écrit|annonce|' +
  'confirme|répond|reconnaît|martèle|prévient|poursuit|concluent|conclut|estiment|assurent|affirment|' +
  'soulignent|indiquent|déclarait|expliquait';
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|de|du|van|von|le|la)){0,3}";
const NOT_AFTER_ARTICLE =
  '(?:qui|que|quand|lors|après|avant|pendant|en|à|au|et|de|du|des|dit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|même|jour|veille|semaine)';
const DESCRIPTION = `(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs)\\s+|l['’])(?!${NOT_AFTER_ARTICLE}${E})[\\p{L}'’-]+(?:\\s+(?!${NOT_AFTER_ARTICLE}${E})[\\p{L}'’-]+){0,5}`;
const GROUP = '(?:sources|responsables|diplomates|analystes|experts|habitants|témoins)(?:\\s+\\p{Ll}+){0,2}';
const SPEAKER = `(${NAME}|${DESCRIPTION}|${GROUP}|il|elle|ils|elles)`;
const VERB = `(${VERBS})`;
const WHEN = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd[’']hui)\\s+)?";
/** "a-t-il déclaré", "déclare-t-elle", "ont-ils indiqué": the speaker is the last one. */
const INVERTED = `(?:(?:a|ont)-(?:t-)?(?:il|elle|ils|elles|on)\\s+\\p{L}+|\\p{L}+-(?:t-)?(?:il|elle|ils|elles|on))${E}`;

const TITLES = [
  'secrétaire général', 'secrétaire générale', 'Premier ministre', 'Première ministre',
  'ministre des Affaires étrangères', 'ministre de la Défense', 'ministre', 'vice-président', 'vice-présidente',
  'président', 'présidente', 'chancelier', 'chancelière', 'gouverneur', 'maire', 'sénateur', 'sénatrice',
  'député', 'députée', 'ambassadeur', 'ambassadrice', 'porte-parole', 'directeur général', 'directrice générale',
  'directeur', 'directrice', 'PDG', 'patron', 'patronne', 'chef', 'cheffe', 'commandant', 'général', 'amiral',
  'roi', 'reine', 'prince', 'princesse', 'pape', 'juge', 'procureur', 'procureure', 'envoyé spécial',
  'conseiller', 'conseillère', 'dirigeant', 'dirigeante', 'fondateur', 'fondatrice', 'professeur', 'professeure',
]; // prettier-ignore
const TITLE = `(?:${eitherCase(TITLES)})`;
const ROLE_WORD = new RegExp(
  `${B}(?:premier ministre|première ministre|ministre|président[e]?|secrétaire|chancel(?:ier|ière)|gouverneur|maire|sénat(?:eur|rice)|député[e]?|ambassad(?:eur|rice)|porte-parole|chef(?:fe)?|direct(?:eur|rice)|commandant|général|amiral|roi|reine|prince|princesse|pape|juge|procureur[e]?|envoyé[e]?|conseill(?:er|ère)|dirigeant[e]?|fondat(?:eur|rice)|professeur[e]?|responsable|diplomate|économiste|analyste|expert[e]?)${E}`,
  'iu',
);
const MODIFIERS =
  '(?:(?:ancien(?:ne)?|ex-|actuel(?:le)?|nouvel(?:le)?|nouveau|futur[e]?|intérim|alors)\\s*)*';
const PERSON =
  "([\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]+|de|du|van|von|le|la)){0,2}\\s+[\\p{Lu}][\\p{L}'’-]+)";
const OF_PLACE =
  "(?:\\s+\\p{Ll}+){0,2}?(?:(?:\\s+(?:de|du|des)\\s+(?:la\\s+|l['’])?|\\s+d['’]|\\s+de\\s+l['’])[\\p{Lu}][\\p{L}-]*(?:\\s+(?:de\\s+|du\\s+|d['’])?[\\p{L}][\\p{L}-]*){0,3}?)?";

export const FR_QUOTES: QuoteTables = {
  open: new Set(['«', '“', '„']),
  close: new Set(['»', '”']),
  dialogueDash: true,
  afterSpeakerVerb: new RegExp(
    `^\\s*,?\\s*${SPEAKER}\\s+(?:(?:a\\s+)?(?:aussi|encore|ensuite)\\s+)?${VERB}${E}`,
    'u',
  ),
  afterVerbSpeaker: new RegExp(`^\\s*,?\\s*${VERB}\\s+${WHEN}${SPEAKER}(?=[\\s,.;:—–]|$)`, 'u'),
  afterVerbAlone: new RegExp(`^\\s*,?\\s*${INVERTED}`, 'u'),
  before: new RegExp(
    `(?:^|[\\s,(])(?:${SPEAKER}\\s+(?:(?:a\\s+)?(?:aussi|encore|déjà)\\s+)?${VERB}${E}[^«“"]{0,60}?|[Ss]elon ${SPEAKER}),?\\s*:?\\s*$`,
    'u',
  ),
  anonymous: new RegExp(
    `${B}(?:sources?|responsables|diplomates|proches du dossier|un porte-parole|une porte-parole|un responsable|une source)${E}`,
    'iu',
  ),
  pronoun: /^(?:il|elle)$/i,
  described: /^(?:le|la|l['’]|son|sa)\s?/i,
  article: /^(?:(?:le|la|les)\s+|l['’])/i,
  said: (speaker, quote) => `${speaker} a déclaré : « ${quote} »`,
  unattributed: (quote) => `« ${quote} » (no speaker given)`,
};

export const FR_ROLES: RoleTables = {
  hint: /ministre|président|secrétaire|chancel|gouverneur|maire|sénat|député|ambassad|porte-parole|chef|direct|PDG|patron|commandant|général|amiral|roi|reine|prince|pape|juge|procureur|envoyé|conseill|dirigeant|fondat|professeur/i,
  titleName: new RegExp(
    `(?:${B}(?:[Ll]e|[Ll]a)\\s+|${B}[Ll]['’])?(${MODIFIERS}${TITLE}${OF_PLACE}),?\\s+${PERSON}${E}`,
    'gu',
  ),
  titleHint: new RegExp(`${TITLE}[^.;]{0,60}?\\s[\\p{Lu}]`, 'u'),
  nameAppositive: new RegExp(
    `${PERSON},\\s+((?:le\\s+|la\\s+|un\\s+|une\\s+|l['’])(?:[\\p{L}'’-]+\\s+){0,5}?(?:${ROLE_WORD.source.slice(B.length, -E.length)})(?:\\s+(?:de|du|des|d['’])\\s*[^,.;]{1,40}?)?)(?=[,.;])`,
    'giu',
  ),
  appositiveHint: /,\s+(?:le|la|un|une|l['’])/i,
  roleWord: ROLE_WORD,
  titleWord: new RegExp(`^${TITLE}$`, 'u'),
  notName: /^(?:Le|La|Les|Un|Une|En|Et|Mais)$/,
  accordingTo: new RegExp(
    `${B}(?:selon|d['’]après)\\s+((?:le |la |les |l['’]|un |une )?[^,.;:]{2,60}?)(?=[,.;:]|$)`,
    'iu',
  ),
  accordingHint: /selon|d['’]après/i,
  anonymousSource: /sources?|responsables|proches du dossier/i,
  former: new RegExp(`${B}(?:ancien(?:ne)?|ex-|alors)`, 'iu'),
  is: (person, role) => `${person} est ${role}.`,
};

const ADJECTIVE = "[\\p{L}][\\p{L}'’-]*";
const NP_WORD = `(?:\\s+(?!(?:est|sont|était|a|ont|sera|à|au|en|de|du|des|pour|par|et|ou|mais|que|qui|depuis|jamais|comme|avec|sans|ce|cette|se|le|la|les)${E})${ADJECTIVE})`;
const SCOPE = `(?:\\s+(?:jamais (?:enregistré|vu)e?s?|de (?:l['’]|son |leur )histoire|à ce jour|(?:depuis|en|de)\\s+(?:le\\s+|la\\s+|les\\s+|l['’]|son\\s+|sa\\s+)?[\\p{L}\\d][\\p{L}\\d'’-]*(?:\\s+(?!(?:et|mais|qui|que|quand|où|car|alors)${E})[\\p{L}\\d][\\p{L}\\d'’-]*){0,3}))?`;
const DETERMINER = "(?:l['’]une? des\\s+)?(?:(?:le|la|les|son|sa|ses|leur|leurs|du|des|au|aux)\\s+|l['’])";
const MOST = `(?:(?:deuxième|troisième|second|seconde)\\s+)?(?:(?:plus|moins)\\s+${ADJECTIVE}|pire|pires|meilleure?s?|moindre)`;

export const FR_COMPARISONS: ComparisonTables = {
  hint: /plus|moins|pire|meilleur|moindre|premi|record|précédent|jamais|double|triple|fois/i,
  superlative: new RegExp(
    `${B}${DETERMINER}(?:${MOST}${E}${NP_WORD}{0,4}|${ADJECTIVE}(?:\\s+${ADJECTIVE})?\\s+(?:le|la|les)\\s+(?:plus|moins)\\s+${ADJECTIVE})${SCOPE}`,
    'giu',
  ),
  first: new RegExp(
    `${B}(?:pour la première fois(?:\\s+(?:depuis|en)${E}[^,.;:]{0,40})?|(?:le|la) premi(?:er|ère) [\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:à|depuis)${E}[^,.;:]{0,40}|(?:un |une |niveau |chiffre )?record(?:s)?${E}|sans précédent|du jamais-vu|jamais vu[^,.;:]{0,40})`,
    'giu',
  ),
  comparative: new RegExp(
    `${B}(?:(?:plus|moins)\\s+(?![\\d$€£])[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?|meilleure?s?|pire|supérieure?s?|inférieure?s?)\\s+(?:que|qu['’]|à)\\s*(?![\\d$€£])[^,.;:]{1,50}`,
    'giu',
  ),
  ratio: new RegExp(
    `${B}(?:a doublé|ont doublé|a triplé|ont triplé|a quadruplé|(?:a été |ont été )?divisée?s? par deux|deux fois plus|trois fois plus|le double|le triple)${E}`,
    'giu',
  ),
  notSuperlative: /(?:le plus (?:souvent|tôt|tard|vite|possible)|au plus|la plupart|les plus de)/i,
};

export const FR_EVENTS: EventTables = {
  verb: new RegExp(
    `${B}(?:a rejeté|rejette|ont rejeté|a proposé|propose|s['’]est réuni|se sont réunis|a rencontré|a annoncé|annonce|a signé|ont signé|a approuvé|a lancé|a interdit|a imposé|a accusé|accuse|a démenti|dément|a confirmé|a averti|a demandé|a exigé|a voté|ont voté|a arrêté|ont arrêté|a tué|a attaqué|a envahi|a déployé|déploie|a démissionné|a élu|a nommé|a limogé|a condamné|a libéré|a publié|a augmenté|a diminué|a baissé|a gagné|a perdu|a construit|a fermé|a ouvert|a retiré|a sanctionné|a reconnu|a bloqué|a annulé|a suspendu|a ordonné|a menacé|a négocié|n['’]a pas respecté)${E}`,
    'iu',
  ),
  notFactual: /\?$|^(?:Je|Nous)\s+(?:pense|pensons|crois|croyons|espère|espérons)(?![\p{L}])/u,
  definite: /(?<![\p{L}])(?:(?:le|la|les)\s+|l['’])\p{L}+/iu,
};

export const FR_BOILERPLATE = {
  links:
    'lire aussi|à lire aussi|a lire aussi|lire également|à lire également|voir aussi|à voir aussi|lire la suite|sur le même sujet|dans la même rubrique|les plus lus|articles? liés?|en savoir plus|pour aller plus loin|notre sélection|à découvrir|découvrir aussi|en vidéo|écouter',
  ads: 'paris sportifs|bookmakers?|casinos?(?: en ligne)?|contenu sponsorisé|sponsorisé|codes? promo|bonus de bienvenue|tours gratuits',
  furniture:
    "vidéo|vidéos|photo|photos|galerie(?: photos?)?|image|images|podcast|écouter (?:cet|l['’]) article|publicité|partager|partagez.*|commentaires?|\\d+ commentaires?|suivez-nous.*|abonnez-vous.*|inscrivez-vous.*|newsletter.*|cliquez ici.*|tous droits réservés.*|©.*|(?:photo|crédit|image|vidéo|source|légende) ?: .*|(?:article )?réservé aux abonnés.*|(?:afp|ap|reuters|epa)(?: ?\\/.*)?|\\(?avec afp\\)?.*|nous utilisons des cookies.*|accepter (?:les |tous les )?cookies.*|chargement\\W*|mis à jour le .*|publié le .*",
};
