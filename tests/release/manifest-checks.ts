import { isUnSiteHost } from '../../lib/un-sites';

/**
 * What the shipped manifests must say (content-script matches and the reader's entries come from
 * the entry points, so only a real build shows them): read from the packages `npm run zip` built,
 * not from a build of their own.
 */
export type Manifest = Record<string, unknown> & {
  manifest_version: number;
  content_security_policy?: string | { extension_pages?: string };
  web_accessible_resources?: Array<string | { resources?: string[]; matches?: string[] }>;
  content_scripts?: Array<{ matches?: string[] }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
};

export type ManifestCheck = [name: string, check: (manifest: Manifest) => string | null];

const asStrings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const isUrlPattern = (permission: string) => permission.includes(':') || permission.startsWith('<');

/** URL patterns granted at install or injected into (not those asked for later, one site at a time). */
function installTimePatterns(manifest: Manifest): string[] {
  return [
    ...asStrings(manifest.permissions).filter(isUrlPattern),
    ...asStrings(manifest.host_permissions),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
}

function exposed(manifest: Manifest): string[] {
  return (manifest.web_accessible_resources ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])));
}

/** Each check returns null when the manifest passes, else what is wrong. */
export function manifestChecks(browser: 'chrome' | 'firefox'): ManifestCheck[] {
  const checks: ManifestCheck[] = [
    [
      'reaches only UN sites until the user adds another site',
      (manifest) => {
        const patterns = installTimePatterns(manifest);
        if (patterns.length === 0) return 'no install-time URL pattern at all';
        const elsewhere = patterns.filter((pattern) => {
          const host = /^(?:\*|https?):\/\/(?:\*\.)?([^/*]+)\//.exec(pattern)?.[1];
          return host === undefined || !isUnSiteHost(host);
        });
        return elsewhere.length === 0 ? null : `reaches ${elsewhere.join(', ')}`;
      },
    ],
    [
      'exposes the reader page (and only it) to navigations, so a UN PDF can be redirected to it',
      (manifest) => (JSON.stringify(exposed(manifest)) === '["reader.html"]' ? null : `web_accessible_resources: ${JSON.stringify(exposed(manifest))}`),
    ],
    [
      'asks for no "tabs", "<all_urls>", download or navigation permission',
      (manifest) => {
        const permissions = asStrings(manifest.permissions);
        const forbidden = ['tabs', '<all_urls>', 'downloads', 'webNavigation', 'declarativeNetRequest'].filter((p) => permissions.includes(p));
        if (forbidden.length > 0) return `asks for ${forbidden.join(', ')}`;
        const needed = browser === 'chrome' ? 'declarativeNetRequestWithHostAccess' : 'webRequestBlocking';
        return permissions.includes(needed) ? null : `lacks ${needed} (the reader's redirect)`;
      },
    ],
  ];
  if (browser === 'firefox') {
    checks.push(
      [
        'declares its add-on id and that it collects no data',
        (manifest) => {
          const gecko = manifest.browser_specific_settings?.gecko;
          if (gecko?.id !== 'endreprisals@endreprisals.org') return `gecko id is ${JSON.stringify(gecko?.id)}`;
          return JSON.stringify(gecko.data_collection_permissions) === '{"required":["none"]}'
            ? null
            : `data_collection_permissions: ${JSON.stringify(gecko.data_collection_permissions)}`;
        },
      ],
      [
        'requires a Firefox that reads data_collection_permissions (140+)',
        (manifest) => {
          const major = Number(manifest.browser_specific_settings?.gecko?.strict_min_version?.split('.')[0]);
          return major >= 140 ? null : `strict_min_version ${manifest.browser_specific_settings?.gecko?.strict_min_version}`;
        },
      ],
    );
  }
  return checks;
}
