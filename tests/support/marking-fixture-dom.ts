import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The <body> of an e2e fixture page, parsed into the test document (scripts inert), so unit
 * tests and e2e tests look at the same page shapes.
 */
export function fixtureDocument(name: string): HTMLElement {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/un-pages', name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.createElement('div');
  root.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.body.appendChild(root);
  return root;
}
