import { Parser } from 'htmlparser2';

// Reading and extending the package parts around a Word document: relationships and content types.

/** One `<Relationship>` of a relationships part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships a `.rels` part lists. */
export function readRelationships(xml: string): Relationship[] {
  const found: Relationship[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name.replace(/^.*:/, '') !== 'Relationship') return;
        found.push({
          id: attributes.Id ?? '',
          type: attributes.Type ?? '',
          target: attributes.Target ?? '',
          external: attributes.TargetMode === 'External',
        });
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return found;
}

/** A part's path inside the package from a relationship target, relative to the folder of `from`. */
export function resolvePartPath(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment && segment !== '.') base.push(segment);
  }
  return base.join('/');
}

/** The relationships part of a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relationshipsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A relationships part with one more relationship (a new part when there was none). */
export function withRelationship(xml: string | undefined, id: string, type: string, target: string): string {
  const element = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (xml === undefined)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELATIONSHIPS_NAMESPACE}">${element}</Relationships>`;
  return insertBeforeClosing(xml, 'Relationships', element);
}

/** `[Content_Types].xml` with an override for `partName` (`/word/comments.xml`) unless it has one. */
export function withContentType(xml: string, partName: string, contentType: string): string {
  if (xml.includes(`PartName="${partName}"`)) return xml;
  return insertBeforeClosing(xml, 'Types', `<Override PartName="${partName}" ContentType="${contentType}"/>`);
}

/** Inserts `content` before the last closing tag of `localName` (any prefix). */
export function insertBeforeClosing(xml: string, localName: string, content: string): string {
  const closing = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${localName}\\s*>`, 'g');
  const match = [...xml.matchAll(closing)].at(-1);
  if (!match) throw new Error(`The package part has no closing ${localName} tag.`);
  return xml.slice(0, match.index) + content + xml.slice(match.index);
}
