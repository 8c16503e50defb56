/** Portuguese quotations, roles, superlatives ("o maior … desde"), events and boilerplate. */
import type { ComparisonTables, EventTables, QuoteTables, RoleTables } from './tables';
import { eitherCase } from './word-tables';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const VERBS =
  'disse|diz|disseram|afirmou|afirma|afirmaram|declarou|declara|explicou|explica|acrescentou|acrescenta|' +
  'ressaltou|destacou|destaca|alertou|garantiu|garante|assegurou|insistiu|lembrou|escreveu|anunciou|confirmou|' +
  'negou|respondeu|perguntou|admitiu|reconheceu|sublinhou|salientou|concluem|concluiu|defendeu|avaliou';
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|de|da|do|dos|das|e)){0,3}";
const NOT_AFTER_ARTICLE =
  '(?:que|quem|quando|enquanto|após|antes|depois|durante|em|a|ao|e|de|do|da|disse|segunda|terça|quarta|quinta|sexta|sábado|domingo|passado|mesmo|dia|semana)';
const DESCRIPTION = `(?:o|a|os|as|um|uma|seu|sua|seus|suas)(?:\\s+(?!${NOT_AFTER_ARTICLE}${E})[\\p{L}'’-]+){1,6}`;
const GROUP =
  '(?:fontes|autoridades|diplomatas|analistas|especialistas|moradores|testemunhas)(?:\\s+\\p{Ll}+){0,2}';
const SPEAKER = `(${NAME}|${DESCRIPTION}|${GROUP}|ele|ela|eles|elas)`;
const VERB = `(${VERBS})`;

const TITLES = [
  'secretário-geral', 'secretária-geral', 'secretário geral', 'primeiro-ministro', 'primeira-ministra',
  'ministro das Relações Exteriores', 'ministro dos Negócios Estrangeiros', 'ministro da Defesa', 'ministro',
  'ministra', 'vice-presidente', 'presidente', 'chanceler', 'governador', 'governadora', 'prefeito', 'prefeita',
  'senador', 'senadora', 'deputado', 'deputada', 'embaixador', 'embaixadora', 'porta-voz', 'diretor-geral',
  'diretor', 'diretora', 'chefe', 'comandante', 'general', 'almirante', 'rei', 'rainha', 'príncipe', 'princesa',
  'papa', 'juiz', 'juíza', 'procurador-geral', 'procurador', 'enviado especial', 'assessor', 'assessora', 'líder',
  'fundador', 'fundadora', 'professor', 'professora',
]; // prettier-ignore
const TITLE = `(?:${eitherCase(TITLES)})`;
const ROLE_WORD = new RegExp(
  `${B}(?:primeir[oa]-ministr[oa]|ministr[oa]|presidente|secretári[oa]|chanceler|governador[a]?|prefeit[oa]|senador[a]?|deputad[oa]|embaixador[a]?|porta-voz|chefe|diretor[a]?|comandante|general|almirante|rei|rainha|príncipe|princesa|papa|juiz|juíza|procurador[a]?|enviad[oa]|assessor[a]?|líder|fundador[a]?|professor[a]?|funcionári[oa]|diplomata|economista|analista|especialista)${E}`,
  'iu',
);
const MODIFIERS = '(?:(?:ex-|então|atual|nov[oa]|interin[oa]|antig[oa])\\s*)*';
const PERSON =
  "([\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]+|de|da|do|dos|e)){0,2}\\s+[\\p{Lu}][\\p{L}'’-]+)";
const OF_PLACE =
  '(?:\\s+\\p{Ll}+){0,2}?(?:\\s+(?:de|da|do|das|dos)\\s+[\\p{Lu}][\\p{L}-]*(?:\\s+(?:d[aeo]s?\\s+)?[\\p{Lu}][\\p{L}-]*){0,3})?';

export const PT_QUOTES: QuoteTables = {
  open: new Set(['“', '«', '„']),
  close: new Set(['”', '»']),
  dialogueDash: true,
  afterSpeakerVerb: new RegExp(`^\\s*,?\\s*${SPEAKER}\\s+(?:(?:também|depois)\\s+)?${VERB}${E}`, 'u'),
  afterVerbSpeaker: new RegExp(`^\\s*,?\\s*${VERB}\\s+${SPEAKER}(?=[\\s,.;:—–]|$)`, 'u'),
  afterVerbAlone: new RegExp(`^\\s*,?\\s*(?:${VERBS})(?=\\s*[.,;—–]|\\s*$)`, 'u'),
  before: new RegExp(
    `(?:^|[\\s,(])(?:${SPEAKER}\\s+(?:(?:também|já)\\s+)?${VERB}${E}[^“«"]{0,60}?|[Ss]egundo ${SPEAKER}),?:?\\s*$`,
    'u',
  ),
  anonymous: new RegExp(
    `${B}(?:fontes?|autoridades|diplomatas|pessoas próximas|um porta-voz|uma porta-voz|um funcionário|uma fonte)${E}`,
    'iu',
  ),
  pronoun: /^(?:ele|ela)$/i,
  described: /^(?:o|a|seu|sua)\s/i,
  article: /^(?:o|a|os|as)\s+/i,
  said: (speaker, quote) => `${speaker} disse: “${quote}”`,
  unattributed: (quote) => `“${quote}” (no speaker given)`,
};

export const PT_ROLES: RoleTables = {
  hint: /ministr|president|secretári|chanceler|governador|prefeit|senador|deputad|embaixador|porta-voz|chefe|diretor|comandante|general|almirante|rei|rainha|príncipe|papa|juiz|procurador|enviad|assessor|líder|fundador|professor/i,
  titleName: new RegExp(
    `(?:${B}(?:[Oo]|[Aa])\\s+)?(${MODIFIERS}${TITLE}${OF_PLACE}),?\\s+${PERSON}${E}`,
    'gu',
  ),
  titleHint: new RegExp(`${TITLE}[^.;]{0,60}?\\s[\\p{Lu}]`, 'u'),
  nameAppositive: new RegExp(
    `${PERSON},\\s+((?:o|a|um|uma)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:${ROLE_WORD.source.slice(B.length, -E.length)})(?:\\s+(?:de|da|do|das|dos)\\s+[^,.;]{1,40}?)?)(?=[,.;])`,
    'giu',
  ),
  appositiveHint: /,\s+(?:o|a|um|uma)\s/i,
  roleWord: ROLE_WORD,
  titleWord: new RegExp(`^${TITLE}$`, 'u'),
  notName: /^(?:O|A|Os|As|Um|Uma|Em|E|Mas)$/,
  accordingTo: new RegExp(
    `${B}(?:segundo|de acordo com|conforme)\\s+((?:o |a |os |as |um |uma )?[^,.;:]{2,60}?)(?=[,.;:]|$)`,
    'iu',
  ),
  accordingHint: /segundo|de acordo com|conforme/i,
  anonymousSource: /fontes?|autoridades|pessoas próximas/i,
  former: new RegExp(`${B}(?:ex-|antig[oa]|então)`, 'iu'),
  is: (person, role) => `${person} é ${role}.`,
};

const NP_WORD = `(?:\\s+(?:de|del|do|da|dos|das)(?=\\s+\\p{Ll})|\\s+(?!(?:é|são|foi|foram|tem|têm|será|a|ao|em|de|do|da|para|por|e|ou|mas|que|qual|quem|desde|jamais|nunca|como|com|sem|este|esta|se|o|até)${E})[\\p{L}][\\p{L}'’-]*)`;
const SCOPE = `(?:\\s+(?:já registrad[oa]s?|da (?:sua )?história|até hoje|(?:desde|em|en)\\s+(?:o\\s+|a\\s+|os\\s+|as\\s+|seu\\s+|sua\\s+)?[\\p{L}\\d][\\p{L}\\d'’-]*(?:\\s+(?!(?:e|mas|que|qual|quem|quando|onde|porque|enquanto)${E})[\\p{L}\\d][\\p{L}\\d'’-]*){0,3}))?`;

export const PT_COMPARISONS: ComparisonTables = {
  hint: /maior|menor|melhor|pior|mais|menos|máxim|mínim|primeir|recorde|precedentes|nunca antes|dobro|triplo|dobrou|triplicou|histórico/i,
  superlative: new RegExp(
    `${B}(?:um[a]? d[oa]s\\s+)?(?:o|a|os|as|seu|sua|seus|suas|do|da|dos|das|no|na|ao|à)\\s+(?:(?:segund|terceir|quart|quint)[oa]s?\\s+)?(?:maior(?:es)?|menor(?:es)?|pior(?:es)?|melhor(?:es)?|máxim[oa]s?|mínim[oa]s?|mais\\s+\\p{L}+|menos\\s+\\p{L}+)${E}${NP_WORD}{0,4}${SCOPE}`,
    'giu',
  ),
  first: new RegExp(
    `${B}(?:pela primeira vez(?:\\s+(?:desde|em)${E}[^,.;:]{0,40})?|(?:o|a) primeir[oa] [\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:em|desde)${E}[^,.;:]{0,40}|recordes?${E}|máxima histórica|mínima histórica|sem precedentes|nunca antes[^,.;:]{0,40})`,
    'giu',
  ),
  comparative: new RegExp(
    `${B}(?:(?:mais|menos)\\s+(?![\\d$€£])[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?|maior(?:es)?|menor(?:es)?|melhor(?:es)?|pior(?:es)?)\\s+(?:do que|que)\\s+(?![\\d$€£])[^,.;:]{1,50}`,
    'giu',
  ),
  ratio: new RegExp(
    `${B}(?:dobrou|dobraram|triplicou|quadruplicou|caiu pela metade|o dobro|o triplo|duas vezes mais)${E}`,
    'giu',
  ),
  notSuperlative: /(?:a maior parte|a maioria|o mais (?:rápido|cedo) possível|mais ou menos)/i,
};

export const PT_EVENTS: EventTables = {
  verb: new RegExp(
    `${B}(?:rejeitou|rejeita|propôs|propõe|reuniu-se|se reuniu|se reuniram|anunciou|anuncia|assinou|assina|acordou|aprovou|aprova|lançou|proibiu|impôs|acusou|acusa|negou|nega|confirmou|alertou|pediu|exigiu|votou|votaram|prendeu|prenderam|matou|atacou|invadiu|enviou|renunciou|elegeu|nomeou|demitiu|processou|condenou|libertou|publicou|informou|aumentou|diminuiu|subiu|caiu|cortou|gastou|ganhou|perdeu|construiu|fechou|abriu|retirou|sancionou|reconheceu|bloqueou|cancelou|suspendeu|ordenou|ameaçou|negociou)${E}`,
    'iu',
  ),
  notFactual: /\?$|^(?:Acho|Achamos|Creio|Cremos|Espero|Esperamos)\s/,
  definite: /(?<![\p{L}])(?:o|a|os|as)\s+\p{L}+/iu,
};

export const PT_BOILERPLATE = {
  links:
    'leia também|leia mais|veja também|veja mais|saiba mais|leia a seguir|relacionad[oa]s?|notícias relacionadas|mais lidas|você pode gostar|recomendado para você|assista|ouça',
  ads: 'casas? de apostas|apostas esportivas|apostas online|cassinos?|cassino online|publicidade|patrocinado|conteúdo patrocinado|códigos? promocional(?:is)?|rodadas grátis',
  furniture:
    'vídeo|vídeos|foto|fotos|galeria(?: de fotos)?|imagem|imagens|podcast|ouça (?:esta|a) (?:notícia|matéria)|publicidade|anúncio|compartilhe.*|compartilhar|comentários?|\\d+ comentários?|siga-nos.*|assine.*|inscreva-se.*|newsletter.*|clique aqui.*|todos os direitos reservados.*|©.*|(?:foto|imagem|vídeo|fonte|crédito|reportagem): .*|(?:agência brasil|lusa|estadão conteúdo|folhapress)(?: ?\\/.*)?|\\(?com informações d[aeo]s? .*|usamos cookies.*|aceitar (?:todos os )?cookies.*|carregando\\W*',
};
