import { Zip, ZipDeflate, ZipPassThrough, zipSync, strToU8 } from 'fflate';

/** Collects a streaming fflate Zip into one buffer. */
function collect(build: (zip: Zip) => void): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  build(zip);
  zip.end();
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CONTENT_TYPES = strToU8(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
);

/**
 * A .docx-shaped zip bomb, small on disk: `megabytes` of spaces in `word/document.xml`, deflated
 * while streaming so the whole entry is never held in memory.
 */
export function zipBombDocx(megabytes: number): Uint8Array {
  return collect((zip) => {
    const types = new ZipPassThrough('[Content_Types].xml');
    zip.add(types);
    types.push(CONTENT_TYPES, true);
    const document = new ZipDeflate('word/document.xml', { level: 6 });
    zip.add(document);
    const block = new Uint8Array(1024 * 1024).fill(0x20);
    for (let index = 0; index < megabytes; index++) document.push(block, index === megabytes - 1);
  });
}

/**
 * A zip whose central directory understates how big its one entry unpacks to (5 MB declared as
 * 1 KB), as a hand-made bomb would, to fool checks that trust the declared sizes.
 */
export function lyingZip(): Uint8Array {
  const bytes = zipSync({ 'word/document.xml': new Uint8Array(5 * 1024 * 1024).fill(0x41) }, { level: 9 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, 1024, true); // local header: uncompressed size
    if (signature === 0x02014b50) view.setUint32(at + 24, 1024, true); // central directory entry
  }
  return bytes;
}
