/**
 * The host name of the user's Mastodon instance, from what people actually type or paste:
 * "mastodon.social", "https://mastodon.social/", "mastodon.social/@alice", "@alice@mastodon.social"
 * or "alice@mastodon.social". Returns the lower-case host ("mastodon.social"), or null for
 * anything that is not a public DNS name: no IP addresses (an instance is reached by name, and an
 * address is more likely a mistake or a local service), no ports, no user:password@, no
 * "localhost", no single-label names. Internationalised names come back in punycode, as the URL
 * parser gives them.
 */
export function normalizeMastodonInstance(input: string): string | null {
  let value = input.trim();
  if (value === '' || /\s/.test(value)) return null;

  // A handle: "@alice@mastodon.social" or "alice@mastodon.social" (but not a URL with user info).
  const handle = /^@?[A-Za-z0-9_.-]+@([^@/:?#]+)$/.exec(value);
  if (handle) value = handle[1] as string;

  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) value = `https://${value}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;

  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!isPublicDnsName(host)) return null;
  return host;
}

function isPublicDnsName(host: string): boolean {
  if (host.length > 253) return false;
  if (host.startsWith('[')) return false; // IPv6 literal
  const labels = host.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] as string;
  // An all-numeric last label means an IPv4 address (the URL parser also turns "1.2.3.4" forms into one).
  if (/^\d+$/.test(tld)) return false;
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return false;
  return labels.every((label) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(label));
}
