import { linkableUrl } from '../../shared/reports';

// WordprocessingML written as text. Every string from a project passes through `xmlText` or
// `xmlAttr`: characters XML 1.0 forbids are dropped (one of them makes Word refuse the whole file)
// and markup characters are escaped, so hostile text can only ever be text.

/** Everything outside XML 1.0's Char production: most C0 controls, lone surrogates, U+FFFE/U+FFFF. */
const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const MARKUP = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text with the characters XML 1.0 forbids dropped. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Text ready to sit between tags or inside a double-quoted attribute. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(MARKUP, (char) => ENTITIES[char]!);
}

/** How a run looks; the properties are written in the order the schema requires. */
export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  /** Half-points, as Word counts font sizes. */
  readonly size?: number;
  readonly highlight?: 'yellow' | 'green' | 'red' | 'lightGray';
  readonly characterStyle?: 'Hyperlink';
}

function runProperties(style: RunStyle): string {
  let props = '';
  if (style.characterStyle) props += `<w:rStyle w:val="${style.characterStyle}"/>`;
  if (style.bold) props += '<w:b/><w:bCs/>';
  if (style.italics) props += '<w:i/><w:iCs/>';
  if (style.color) props += `<w:color w:val="${style.color}"/>`;
  if (style.size) props += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  if (style.highlight) props += `<w:highlight w:val="${style.highlight}"/>`;
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/** Runs for a text that may hold line breaks: each line after the first starts with a break. */
export function runs(text: string, style: RunStyle = {}): string {
  const props = runProperties(style);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let out = '';
  for (let index = 0; index < lines.length; index++) {
    const br = index > 0 ? '<w:br/>' : '';
    out += `<w:r>${props}${br}<w:t xml:space="preserve">${xmlText(lines[index]!)}</w:t></w:r>`;
  }
  return out;
}

/** How a paragraph sits: a named style, a bullet, or a left indent in twentieths of a point. */
export interface ParagraphStyle {
  readonly style?: 'Title' | 'Heading1' | 'Heading2' | 'Heading3';
  readonly bullet?: boolean;
  readonly indent?: number;
}

/** A paragraph around already-written runs. */
export function paragraph(content: string, style: ParagraphStyle = {}): string {
  let props = '';
  if (style.bullet)
    props += '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
  else if (style.style) props += `<w:pStyle w:val="${style.style}"/>`;
  if (style.indent) props += `<w:ind w:left="${style.indent}"/>`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** A plain paragraph of text (line breaks kept). */
export function textParagraph(text: string, style: RunStyle = {}): string {
  return paragraph(runs(text, style));
}

/** A "Label: value" paragraph with the label in bold. */
export function labelled(label: string, value: string): string {
  return paragraph(runs(`${label}: `, { bold: true }) + runs(value));
}

/** A heading paragraph. */
export function heading(text: string, level: 'Title' | 'Heading1' | 'Heading2' | 'Heading3'): string {
  return paragraph(runs(text), { style: level });
}

/**
 * The document's external links: one relationship per distinct address, so a source cited on
 * thousands of claims adds one line to the relationships part, not thousands.
 */
export class HyperlinkTargets {
  private readonly ids = new Map<string, string>();

  /** The relationship id for an http(s) address (already checked by `linkableUrl`). */
  idFor(href: string): string {
    let id = this.ids.get(href);
    if (!id) {
      id = `rIdLink${this.ids.size + 1}`;
      this.ids.set(href, id);
    }
    return id;
  }

  /** The relationship elements, for `word/_rels/document.xml.rels`. */
  relationships(): string {
    let out = '';
    for (const [href, id] of this.ids) {
      out += `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlText(href)}" TargetMode="External"/>`;
    }
    return out;
  }
}

/** A hyperlink when the URL is http or https; any other URL stays plain text and never becomes a link. */
export function linkOrText(text: string, url: string | undefined, links: HyperlinkTargets): string {
  const href = linkableUrl(url);
  if (!href) return runs(text);
  return `<w:hyperlink r:id="${links.idFor(href)}" w:history="1">${runs(text, { characterStyle: 'Hyperlink' })}</w:hyperlink>`;
}
