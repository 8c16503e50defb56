import { describe, expect, it } from 'vitest';
import { closeBidi, escapeHtml } from './html-escape';

describe('bidirectional controls in report fields', () => {
  it('closes an override a field leaves open, so the fields after it read as written', () => {
    expect(closeBidi('NATO statement \u202e')).toBe('NATO statement \u202e\u202c');
    expect(escapeHtml('Checked by \u202eAna. <b>')).toBe('Checked by \u202eAna. &lt;b&gt;\u202c');
    // Isolates and nested embeddings close in order.
    expect(closeBidi('\u2067a\u202bb')).toBe('\u2067a\u202bb\u202c\u2069');
    // A PDI closes its isolate with the embeddings inside it.
    expect(closeBidi('\u2066a\u202eb\u2069c')).toBe('\u2066a\u202eb\u2069c');
  });

  it('leaves balanced or plain text as it is', () => {
    expect(closeBidi('\u202bשלום\u202c, 2022')).toBe('\u202bשלום\u202c, 2022');
    expect(closeBidi('stray \u202c and \u2069')).toBe('stray \u202c and \u2069');
    expect(escapeHtml('plain "text" & more')).toBe('plain &quot;text&quot; &amp; more');
  });
});
