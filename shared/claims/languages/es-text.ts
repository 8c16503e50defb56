/** Spanish quotations and dialogue, roles, superlatives and comparisons, events and boilerplate. */
import type { ComparisonTables, EventTables, QuoteTables, RoleTables } from './tables';
import { eitherCase } from './word-tables';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const VERBS =
  'dijo|dice|dijeron|afirmó|afirma|afirmaron|aseguró|asegura|aseguraron|declaró|declara|explicó|explica|añadió|' +
  'añade|agregó|agrega|señaló|señala|indicó|indica|advirtió|advierte|insistió|insiste|subrayó|subraya|destacó|' +
  'destaca|recordó|recuerda|sostuvo|sostiene|apuntó|manifestó|comentó|escribió|tuiteó|publicó|concluyó|concluye|' +
  'concluyen|anunció|confirmó|negó|respondió|preguntó|admitió|reconoció|precisó|defendió|ha dicho|ha afirmado|' +
  'ha asegurado|ha declarado|había dicho';
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|de|del|la|y)){0,3}";
const NOT_AFTER_ARTICLE =
  '(?:que|quien|cuando|mientras|tras|antes|después|durante|en|a|al|y|de|del|dijo|lunes|martes|miércoles|jueves|viernes|sábado|domingo|pasado|mismo|día|pasada|semana)';
const DESCRIPTION = `(?:el|la|los|las|un|una|su|sus)(?:\\s+(?!${NOT_AFTER_ARTICLE}${E})[\\p{L}'’-]+){1,6}`;
const GROUP =
  '(?:fuentes|funcionarios|diplomáticos|analistas|expertos|vecinos|testigos)(?:\\s+\\p{Ll}+){0,2}';
const SPEAKER = `(${NAME}|${DESCRIPTION}|${GROUP}|él|ella|ellos|ellas)`;
const VERB = `(${VERBS})`;

const TITLES = [
  'secretario general', 'secretaria general', 'primer ministro', 'primera ministra', 'viceprimer ministro',
  'ministro de Asuntos Exteriores', 'ministra de Asuntos Exteriores', 'ministro de Defensa', 'ministra de Defensa',
  'ministro', 'ministra', 'vicepresidente', 'vicepresidenta', 'presidente', 'presidenta', 'canciller',
  'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'senador', 'senadora', 'diputado', 'diputada',
  'embajador', 'embajadora', 'portavoz', 'director general', 'directora general', 'director', 'directora',
  'consejero delegado', 'jefe', 'jefa', 'comandante', 'general', 'almirante', 'rey', 'reina', 'príncipe',
  'princesa', 'papa', 'juez', 'jueza', 'fiscal general', 'fiscal', 'enviado especial', 'asesor', 'asesora',
  'líder', 'fundador', 'fundadora', 'profesor', 'profesora',
]; // prettier-ignore
const TITLE = `(?:${eitherCase(TITLES)})`;
const ROLE_WORD = new RegExp(
  `${B}(?:primer ministro|primera ministra|ministr[oa]|president[ea]|secretari[oa]|canciller|gobernador[a]?|alcalde(?:sa)?|senador[a]?|diputad[oa]|embajador[a]?|portavoz|jef[ea]|director[a]?|comandante|general|almirante|rey|reina|príncipe|princesa|papa|juez[a]?|fiscal|enviad[oa]|asesor[a]?|líder|fundador[a]?|profesor[a]?|funcionari[oa]|diplomátic[oa]|economista|analista|expert[oa])${E}`,
  'iu',
);
const MODIFIERS = '(?:(?:ex|entonces|actual|nuev[oa]|interin[oa]|saliente|antigu[oa])\\s+)*';
const PERSON =
  "([\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]+|de|del|la|y)){0,2}\\s+[\\p{Lu}][\\p{L}'’-]+)";
const OF_PLACE =
  '(?:\\s+\\p{Ll}+){0,2}?(?:\\s+(?:de|del)\\s+(?:la\\s+|el\\s+|los\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+(?:del?\\s+|de la\\s+)?[\\p{Lu}][\\p{L}-]*){0,3})?';

export const ES_QUOTES: QuoteTables = {
  open: new Set(['«', '“', '„']),
  close: new Set(['»', '”']),
  dialogueDash: true,
  afterSpeakerVerb: new RegExp(`^\\s*,?\\s*${SPEAKER}\\s+(?:(?:también|luego|después)\\s+)?${VERB}${E}`, 'u'),
  afterVerbSpeaker: new RegExp(`^\\s*,?\\s*${VERB}\\s+${SPEAKER}(?=[\\s,.;:—–]|$)`, 'u'),
  afterVerbAlone: new RegExp(`^\\s*,?\\s*(?:${VERBS})(?=\\s*[.,;—–]|\\s*$)`, 'u'),
  before: new RegExp(
    `(?:^|[\\s,(])(?:${SPEAKER}\\s+(?:(?:también|ya)\\s+)?${VERB}${E}[^«“"]{0,60}?|[Ss]egún ${SPEAKER}),?:?\\s*$`,
    'u',
  ),
  anonymous: new RegExp(
    `${B}(?:fuentes?|funcionarios|diplomáticos|personas cercanas|un portavoz|una portavoz|un funcionario|una fuente)${E}`,
    'iu',
  ),
  pronoun: /^(?:él|ella)$/i,
  described: /^(?:el|la|su)\s/i,
  article: /^(?:el|la|los|las)\s+/i,
  said: (speaker, quote) => `${speaker} dijo: «${quote}»`,
  unattributed: (quote) => `«${quote}» (no speaker given)`,
};

export const ES_ROLES: RoleTables = {
  hint: /ministr|president|secretari|canciller|gobernador|alcald|senador|diputad|embajador|portavoz|jef[ea]|director|comandante|general|almirante|rey|reina|príncipe|papa|juez|fiscal|enviad|asesor|líder|fundador|profesor/i,
  titleName: new RegExp(
    `(?:${B}(?:[Ee]l|[Ll]a)\\s+)?(${MODIFIERS}${TITLE}${OF_PLACE}),?\\s+${PERSON}${E}`,
    'gu',
  ),
  titleHint: new RegExp(`${TITLE}[^.;]{0,60}?\\s[\\p{Lu}]`, 'u'),
  nameAppositive: new RegExp(
    `${PERSON},\\s+((?:el|la|un|una)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:${ROLE_WORD.source.slice(B.length, -E.length)})(?:\\s+(?:de|del)\\s+[^,.;]{1,40}?)?)(?=[,.;])`,
    'giu',
  ),
  appositiveHint: /,\s+(?:el|la|un|una)\s/i,
  roleWord: ROLE_WORD,
  titleWord: new RegExp(`^${TITLE}$`, 'u'),
  notName: /^(?:El|La|Los|Las|Un|Una|En|Y|Pero)$/,
  accordingTo: new RegExp(
    `${B}(?:según|de acuerdo con)\\s+((?:el |la |los |las |un |una )?[^,.;:]{2,60}?)(?=[,.;:]|$)`,
    'iu',
  ),
  accordingHint: /según|de acuerdo con/i,
  anonymousSource: /fuentes?|funcionarios|personas cercanas/i,
  former: new RegExp(`${B}(?:ex|antigu[oa]|entonces)${E}`, 'iu'),
  is: (person, role) => `${person} es ${role}.`,
};

const NP_WORD = `(?:\\s+(?:de|del|do|da|dos|das)(?=\\s+\\p{Ll})|\\s+(?!(?:es|son|fue|fueron|ha|han|había|será|a|al|en|de|del|para|por|y|o|pero|que|cual|quien|desde|jamás|nunca|como|con|sin|este|esta|se|lo|hasta)${E})[\\p{L}][\\p{L}'’-]*)`;
const SCOPE = `(?:\\s+(?:jamás registrad[oa]s?|de (?:la|su) historia|hasta la fecha|(?:desde|en|de)\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+|su\\s+)?[\\p{L}\\d][\\p{L}\\d'’-]*(?:\\s+(?!(?:y|pero|que|cual|quien|cuando|donde|porque|mientras)${E})[\\p{L}\\d][\\p{L}\\d'’-]*){0,3}))?`;

export const ES_COMPARISONS: ComparisonTables = {
  hint: /mayor|menor|mejor|peor|más|menos|máxim|mínim|primer|récord|precedentes|nunca antes|doble|triple|duplic|triplic|histórico/i,
  superlative: new RegExp(
    `${B}(?:un[oa] de\\s+)?(?:el|la|los|las|su|sus|del|al)\\s+(?:(?:segund|tercer|cuart|quint)[oa]s?\\s+)?(?:mayor(?:es)?|menor(?:es)?|peor(?:es)?|mejor(?:es)?|máxim[oa]s?|mínim[oa]s?|más\\s+\\p{L}+|menos\\s+\\p{L}+)${E}${NP_WORD}{0,4}${SCOPE}`,
    'giu',
  ),
  first: new RegExp(
    `${B}(?:por primera vez(?:\\s+(?:desde|en)${E}[^,.;:]{0,40})?|(?:el|la) primer[oa]? [\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:en|desde)${E}[^,.;:]{0,40}|(?:cifra |nivel )?récord|máximo histórico|mínimo histórico|sin precedentes|nunca antes[^,.;:]{0,40})`,
    'giu',
  ),
  comparative: new RegExp(
    `${B}(?:(?:más|menos)\\s+(?![\\d$€£])[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?|mayor(?:es)?|menor(?:es)?|mejor(?:es)?|peor(?:es)?)\\s+(?:que|de lo que)\\s+(?![\\d$€£])[^,.;:]{1,50}`,
    'giu',
  ),
  ratio: new RegExp(
    `${B}(?:se (?:ha )?(?:duplicado|triplicado|cuadruplicado)|se (?:duplicó|triplicó|cuadruplicó)|duplicó|triplicó|se redujo a la mitad|el doble|el triple|dos veces más)${E}`,
    'giu',
  ),
  notSuperlative: /(?:la mayor parte|la mayoría|lo (?:más|antes) posible|más o menos|el más allá)/i,
};

export const ES_EVENTS: EventTables = {
  verb: new RegExp(
    `${B}(?:rechazó|rechaza|rechazan|propuso|propone|se reunió|se reunieron|se reúne|anunció|anuncia|firmó|firma|acordó|acordaron|aprobó|aprueba|lanzó|prohibió|impuso|acusó|acusa|negó|niega|confirmó|advirtió|pidió|exigió|votó|votaron|detuvo|detuvieron|mató|atacó|invadió|desplegó|despliega|dimitió|eligió|nombró|destituyó|demandó|condenó|liberó|publicó|informó|aumentó|disminuyó|subió|cayó|recortó|gastó|ganó|perdió|construyó|cerró|abrió|retiró|sancionó|reconoció|bloqueó|canceló|suspendió|ordenó|amenazó|negoció|no ha cumplido)${E}`,
    'iu',
  ),
  notFactual: /\?$|^¿|^(?:Creo|Creemos|Pienso|Pensamos|Espero|Esperamos)\s/,
  definite: /(?<![\p{L}])(?:el|la|los|las)\s+\p{L}+/iu,
};

export const ES_BOILERPLATE = {
  links:
    'lea también|lee también|leer también|leer más|lea más|lee más|te puede interesar|puede interesarte|le puede interesar|también te puede interesar|noticias relacionadas|relacionad[oa]s?|más información|ver también|vea también|mira también|te recomendamos|lo más leído|últimas noticias|contenido relacionado|en vídeo|en video',
  ads: 'casas? de apuestas|apuestas deportivas|apuestas en línea|casinos?|casino en línea|publicidad|patrocinado|contenido patrocinado|códigos? promocional(?:es)?|giros gratis|bono de bienvenida',
  furniture:
    'vídeo|video|vídeos|videos|foto|fotos|fotografía|galería(?: de fotos)?|imagen|imágenes|podcast|escucha (?:este artículo|la noticia)|publicidad|anuncio|compartir|comparte(?: esta noticia| este artículo)?|comentarios?|\\d+ comentarios?|síguenos.*|suscríbete.*|suscríbase.*|regístrate.*|boletín.*|haz clic aquí.*|todos los derechos reservados.*|©.*|(?:foto|imagen|vídeo|video|fuente|crédito|redacción): .*|(?:efe|europa press)(?: ?\\/.*)?|\\(?con información de .*|utilizamos cookies.*|aceptar (?:todas las )?cookies.*|cargando\\W*',
};
