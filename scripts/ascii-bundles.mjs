// An esbuild plugin for the Node bundles: escapes the non-ASCII characters that esbuild leaves in
// regular expression literals and comments (its ASCII charset escapes strings, templates and names,
// not these). One character beyond Latin-1 anywhere makes V8 keep a bundle's whole source two bytes a
// character: the web workbench's 2.7 million characters were held as 5.3 MiB for a few dozen curly
// quotes in the claim finder's patterns and an ellipsis in a comment. What a pattern matches is
// unchanged; its `source` spells them escaped.
import { readFileSync, writeFileSync } from 'node:fs';
import { tokenizer } from 'acorn';

const NON_ASCII = /[^\0-\x7f]/;

/** `\uXXXX` for one UTF-16 code unit (a character beyond U+FFFF is two, which every pattern reads as it). */
const escaped = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One regular expression literal with its non-ASCII characters escaped (an escaped one is the character itself). */
function escapeLiteral(literal) {
  return literal.replace(/\\[\s\S]|[^\0-\x7f]/g, (piece) => {
    if (piece.length === 2) return NON_ASCII.test(piece[1]) ? escaped(piece[1]) : piece;
    return escaped(piece);
  });
}

/** A comment with its non-ASCII characters spelt as escapes: only a reader sees them. */
function escapeComment(comment) {
  return comment.replace(/[^\0-\x7f]/g, escaped);
}

/**
 * `code` (an ES module, or a script when `module` is false) with the non-ASCII characters of its
 * regular expression literals and comments escaped; the rest as it was.
 */
export function asciiOnly(code, { module = true } = {}) {
  if (!NON_ASCII.test(code)) return code;
  let out = '';
  let copied = 0;
  // Regular expressions and comments, in the order they come.
  const spans = [];
  const onComment = (block, text, start, end) => {
    if (NON_ASCII.test(text)) spans.push({ start, end, escape: escapeComment });
  };
  const options = {
    ecmaVersion: 'latest',
    sourceType: module ? 'module' : 'script',
    allowHashBang: true,
    onComment,
  };
  for (const token of tokenizer(code, options)) {
    if (token.type.label !== 'regexp') continue;
    if (NON_ASCII.test(code.slice(token.start, token.end)))
      spans.push({ start: token.start, end: token.end, escape: escapeLiteral });
  }
  spans.sort((a, b) => a.start - b.start);
  for (const { start, end, escape } of spans) {
    out += code.slice(copied, start) + escape(code.slice(start, end));
    copied = end;
  }
  return out + code.slice(copied);
}

/**
 * Rewrites each JavaScript file the build wrote (it needs the build's metafile). The source map is
 * left as esbuild wrote it: on a line with an escaped pattern, columns after it are off by a few.
 */
export const asciiBundles = {
  name: 'factdesk-ascii-bundles',
  setup(build) {
    build.onEnd((result) => {
      for (const file of Object.keys(result.metafile?.outputs ?? {})) {
        if (!/\.[cm]?js$/.test(file)) continue;
        const code = readFileSync(file, 'utf8');
        const ascii = asciiOnly(code, { module: build.initialOptions.format === 'esm' });
        if (ascii !== code) writeFileSync(file, ascii);
      }
    });
  },
};
