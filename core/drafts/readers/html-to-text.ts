import { Parser } from 'htmlparser2';
import { metadataDay } from '../../../shared/drafts/dateline';

/** A web page's readable text, with its headline and publication date when the page gives them. */
export interface HtmlText {
  readonly text: string;
  readonly title?: string;
  /** `YYYY-MM-DD`, from the page's publication-date metadata. */
  readonly date?: string;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'dialog',
]);
/** ARIA roles of page furniture. */
const SKIPPED_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'banner',
  'dialog',
  'alert',
]);
/** Class or id words that mark adverts, sharing widgets and other furniture. */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'sponsored',
  'promo',
  'newsletter',
  'cookie',
  'cookies',
  'consent',
  'social',
  'share',
  'sharing',
  'related',
  'recommended',
  'breadcrumb',
  'breadcrumbs',
  'paywall',
  'subscribe',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'address',
  'hr',
  'details',
  'summary',
  'center',
  'body',
  'caption',
]);
/**
 * Publication-date metadata, most trusted first: Open Graph's `article:published_time` and
 * schema.org's `datePublished` name the publication itself; Dublin Core's `issued` is the date of
 * formal issue; plain `date` names are vaguer. `time` is the first `<time datetime>` inside the
 * article, the last resort (a page's other times are comments, related stories, updates).
 */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'dcterms.issued',
  'dc.date.issued',
  'dcterms.date',
  'dc.date',
  'date',
  'pubdate',
  'publish-date',
  'time',
];

interface Open {
  readonly name: string;
  readonly skip: boolean;
}

/**
 * The readable text of an HTML page: scripts, styles, navigation, footers, asides, forms, the
 * site's own header (outside the article) and advert or sharing widgets are dropped; paragraphs and headings become blank-line separated
 * paragraphs and list items become lines ("- item"). Related-article lines that remain are left to
 * the claim finder's boilerplate pass.
 */
export function htmlToText(html: string): HtmlText {
  const blocks: { text: string; item: boolean }[] = [];
  const stack: Open[] = [];
  const dates = new Map<string, string>();
  let skipDepth = 0;
  let line = '';
  let item = false;
  let preDepth = 0;
  let title = '';
  let inTitle = false;
  let h1 = '';
  let inH1 = false;
  const orderedCounters: number[] = [];

  const flush = () => {
    const text = line
      .split('\n')
      .map((part) => part.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((part) => part.length > 0)
      .join('\n');
    if (text) blocks.push({ text, item });
    line = '';
    item = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          if (DATE_META.includes(key) && attributes.content) dates.set(key, attributes.content);
        }
        if (
          name === 'time' &&
          attributes.itemprop?.toLowerCase() === 'datepublished' &&
          attributes.datetime
        ) {
          dates.set('datepublished', attributes.datetime);
        }
        if (
          name === 'time' &&
          attributes.datetime &&
          skipDepth === 0 &&
          !dates.has('time') &&
          stack.some((open) => open.name === 'article')
        ) {
          dates.set('time', attributes.datetime);
        }
        if (name === 'title') inTitle = true;
        const inContent = stack.some((open) => open.name === 'article' || open.name === 'main');
        const skip = skipDepth === 0 && (isFurniture(name, attributes) || (name === 'header' && !inContent));
        stack.push({ name, skip });
        if (skip) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'h1') inH1 = true;
        if (name === 'pre') preDepth++;
        if (name === 'ol') orderedCounters.push(0);
        if (name === 'ul') orderedCounters.push(-1);
        if (name === 'br') line += '\n';
        else if (name === 'li') {
          flush();
          item = true;
          const counter = orderedCounters.at(-1);
          if (counter !== undefined && counter >= 0) {
            orderedCounters[orderedCounters.length - 1] = counter + 1;
            line = `${counter + 1}. `;
          } else line = '- ';
        } else if (name === 'tr') flush();
        else if (name === 'td' || name === 'th') line += ' ';
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        if (inH1) h1 += text;
        line += preDepth > 0 ? text : text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        const open = stack.pop();
        if (open?.skip) {
          skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'h1') inH1 = false;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'ol' || name === 'ul') orderedCounters.pop();
        if (name === 'li' || name === 'tr' || BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  let text = '';
  blocks.forEach((block, index) => {
    if (index > 0) text += block.item && blocks[index - 1]!.item ? '\n' : '\n\n';
    text += block.text;
  });
  const headline = oneLine(h1) || oneLine(title);
  const date = DATE_META.map((key) => metadataDay(dates.get(key))).find((day) => day !== undefined);
  return {
    text,
    ...(headline ? { title: headline.slice(0, 1000) } : {}),
    ...(date ? { date } : {}),
  };
}

function isFurniture(name: string, attributes: Record<string, string>): boolean {
  if (SKIPPED.has(name)) return true;
  if (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true') return true;
  if (attributes.role && SKIPPED_ROLES.has(attributes.role.toLowerCase())) return true;
  const words = `${attributes.class ?? ''} ${attributes.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((word) => FURNITURE_WORDS.has(word));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
