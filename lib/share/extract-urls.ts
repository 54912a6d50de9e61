import twitterText from 'twitter-text';

/**
 * URLs in a post as X and Mastodon find them: both use the twitter-text extractor (Mastodon's
 * StatusLengthValidator calls the Ruby port with `extract_url_without_protocol: false`).
 *
 * twitter-text's ES build has only a default export, so the default import is the one that works
 * both in Vite bundles and in Node.
 */
export function extractUrlsWithIndices(text: string): Array<{ url: string; indices: [number, number] }> {
  return twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false });
}

export function firstUrlIn(text: string): string | undefined {
  return extractUrlsWithIndices(text)[0]?.url;
}
