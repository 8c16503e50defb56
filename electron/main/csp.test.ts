import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, serializeCsp } from './csp';

describe('the content security policy', () => {
  it('is the strict policy the app is served with', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'",
    );
  });

  it('has no unsafe-* source, no wildcard and no remote scheme', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|blob:|filesystem:/);
  });

  it('defaults to none and never allows framing or plugins', () => {
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['base-uri']).toEqual(["'none'"]);
  });

  it('is also in the page as a meta tag, so it holds wherever the page is loaded from', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // A meta CSP cannot carry frame-ancestors (browsers ignore it there); the header does.
    const { 'frame-ancestors': _headerOnly, ...inPage } = CSP_DIRECTIVES;
    expect(meta).toBe(serializeCsp(inPage));
  });

  it('serializes directives in order', () => {
    expect(serializeCsp({ a: ['x', 'y'], b: ["'none'"] })).toBe("a x y; b 'none'");
  });
});
