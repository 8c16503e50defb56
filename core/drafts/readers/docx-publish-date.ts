import { strFromU8, unzipSync } from 'fflate';
import { metadataDay } from '../../../shared/drafts/dateline';

/** Word keeps a document's "Publish Date" property in a custom XML part of this namespace. */
const COVER_PAGE_NAMESPACE = 'http://schemas.microsoft.com/office/2006/coverPageProps';
const CUSTOM_PART = /^customXml\/item\d+\.xml$/;
/** A custom XML part is a few hundred bytes; a larger one is not Word's cover page properties. */
const MAX_PART_BYTES = 64 * 1024;

/**
 * The publication date a Word file states, as `YYYY-MM-DD`: its Publish Date property (Insert ›
 * Quick Parts › Document Property › Publish Date), which Word keeps in the cover page properties.
 * The core properties' created and modified dates are not used: they say when the file was made and
 * saved (often a template's date, or a day of editing), not when the article appears. Call only on
 * an archive `checkZipArchive` accepted.
 */
export function docxPublishDate(bytes: Uint8Array): string | undefined {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => CUSTOM_PART.test(file.name) && file.originalSize <= MAX_PART_BYTES,
    });
  } catch {
    return undefined;
  }
  for (const name of Object.keys(parts).sort()) {
    const xml = strFromU8(parts[name]!);
    if (!xml.includes(COVER_PAGE_NAMESPACE)) continue;
    const match = /<(?:[\w.-]+:)?PublishDate>\s*([^<]*?)\s*<\/(?:[\w.-]+:)?PublishDate>/.exec(xml);
    const day = metadataDay(match?.[1]);
    if (day) return day;
  }
  return undefined;
}
