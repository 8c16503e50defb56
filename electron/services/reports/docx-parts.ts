import { ExternalHyperlink, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { linkableUrl } from '../../../shared/reports';

/**
 * Text safe for WordprocessingML: characters XML 1.0 forbids (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) are dropped, because one of them makes Word refuse the whole file.
 */
export function xmlSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (allowed) out += char;
  }
  return out;
}

/** Runs for a text that may hold line breaks: one run per line, each after the first starting on a new line. */
export function textRuns(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/** A hyperlink when the URL is http or https; any other URL stays plain text and never becomes a link. */
export function linkOrText(text: string, url: string | undefined): ParagraphChild[] {
  const href = linkableUrl(url);
  if (!href) return textRuns(text);
  return [
    new ExternalHyperlink({
      link: href,
      children: [new TextRun({ text: xmlSafe(text), style: 'Hyperlink' })],
    }),
  ];
}

/** A plain paragraph of text (line breaks kept). */
export function textParagraph(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): Paragraph {
  return new Paragraph({ children: textRuns(text, options) });
}

/** A "Label: value" paragraph with the label in bold. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });
}
