/** The WHATWG URL parser, present in every runtime shared/ runs in (Node, browsers); shared/ has no DOM types. */
declare const URL: new (input: string) => {
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
};

/**
 * The URL to link to, or null when it must stay plain text: only absolute http and https URLs
 * become links, so `javascript:`, `data:`, `file:` and relative URLs never do.
 */
export function linkableUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (!parsed.hostname) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/** The base URL for published ClaimReview links, when it is an absolute http(s) URL (its fragment dropped). */
export function publishedBaseUrl(baseUrl: string | null): string | null {
  const url = linkableUrl(baseUrl);
  return url ? url.replace(/#.*$/, '') : null;
}
