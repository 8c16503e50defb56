// Text compared without the characters readers treat differently: whitespace (Word's tabs and
// breaks, the blank lines between paragraphs, collapsed spaces), soft and non-breaking hyphens
// and zero-width characters. The draft's text and the Word file's text agree once squeezed.

const DROPPED = /[\s\u00ad\u2011\u200b-\u200d\u2060\ufeff]/;

/** True for a UTF-16 code unit that counts when texts are compared. */
export function isSqueezed(unit: string): boolean {
  return !DROPPED.test(unit);
}

/** A text squeezed, with `before[i]`: how many kept code units come before offset `i` of the text. */
export interface SqueezedText {
  readonly squeezed: string;
  readonly before: Int32Array;
}

export function squeezeText(text: string): SqueezedText {
  const before = new Int32Array(text.length + 1);
  const kept: string[] = [];
  for (let index = 0; index < text.length; index++) {
    before[index] = kept.length;
    const unit = text[index]!;
    if (isSqueezed(unit)) kept.push(unit);
  }
  before[text.length] = kept.length;
  return { squeezed: kept.join(''), before };
}
