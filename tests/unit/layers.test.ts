// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// lib/ is logic tested without an extension: pure code, and DOM code (marking) tested with happy-dom.
// What calls the extension APIs, IndexedDB or saves files lives in lib/platform/. This keeps it so.

const ROOT = resolve(import.meta.dirname, '../..');
const PLATFORM = 'lib/platform/';

/** Packages that are the extension APIs or storage: never imported outside lib/platform/, not even for a type. */
const PLATFORM_PACKAGES = /^(wxt\/browser|#imports|webextension-polyfill|@wxt-dev\/webextension-polyfill|dexie)(\/|$)/;
/** Globals that are the extension APIs or storage. */
const PLATFORM_GLOBALS = new Set(['browser', 'chrome', 'indexedDB']);

/** The repository path an import names, or null for a package. */
function importedPath(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return relative(ROOT, resolve(ROOT, dirname(file), specifier));
  return null;
}

/** What in one file of lib/ (outside lib/platform/) breaks the layering, one line per problem. */
function layerProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

  const checkImport = (node: ts.Node, specifier: string, typeOnly: boolean) => {
    const where = `${file}:${line(node)}`;
    if (PLATFORM_PACKAGES.test(specifier)) problems.push(`${where} imports ${specifier}`);
    const path = importedPath(file, specifier);
    if (path === null) return;
    if (path === 'components' || path.startsWith('components/')) problems.push(`${where} imports ${specifier} (a component)`);
    if (!typeOnly && path.startsWith(PLATFORM)) problems.push(`${where} calls into ${specifier} (import only its types)`);
  };

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      checkImport(node, node.moduleSpecifier.text, typeOnly);
      return; // the names it binds are not uses
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkImport(node, node.moduleSpecifier.text, node.isTypeOnly);
      return;
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) checkImport(node, argument.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      checkImport(node, node.argument.literal.text, true);
    } else if (ts.isIdentifier(node) && PLATFORM_GLOBALS.has(node.text)) {
      // A global in code, not a property (`x.browser`), a declaration's own name, or an object key.
      const parent = node.parent;
      const isProperty = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      const isDeclared = (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node;
      if (!isProperty && !isDeclared) problems.push(`${file}:${line(node)} uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

function libFilesOutsidePlatform(): string[] {
  return readdirSync(resolve(ROOT, 'lib'), { recursive: true, encoding: 'utf8' })
    .map((name) => `lib/${name.split('\\').join('/')}`)
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(PLATFORM));
}

describe('layers', () => {
  it('keeps lib/ outside lib/platform/ free of extension APIs, storage and components', () => {
    const files = libFilesOutsidePlatform();
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => layerProblems(file, readFileSync(resolve(ROOT, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('finds each kind of problem in code, and none in comments or strings', () => {
    const problems = (text: string) => layerProblems('lib/example/file.ts', text).map((p) => p.replace(/^lib\/example\/file\.ts:\d+ /, ''));
    expect(problems(`import { browser } from 'wxt/browser';`)).toEqual(['imports wxt/browser']);
    expect(problems(`import type { Browser } from 'wxt/browser';`)).toEqual(['imports wxt/browser']);
    expect(problems(`import Dexie from 'dexie';`)).toEqual(['imports dexie']);
    expect(problems(`import 'webextension-polyfill';`)).toEqual(['imports webextension-polyfill']);
    expect(problems(`const m = await import('@/components/ui/Button');`)).toEqual(['imports @/components/ui/Button (a component)']);
    expect(problems(`import { Button } from '../../components/ui/Button';`)).toEqual(['imports ../../components/ui/Button (a component)']);
    expect(problems(`import { loadSettings } from '@/lib/platform/settings-store';`)).toEqual([
      'calls into @/lib/platform/settings-store (import only its types)',
    ]);
    expect(problems(`import type { TimeUnit } from '@/lib/platform/store/timeline';`)).toEqual([]);
    expect(problems(`import { type TimeUnit } from '../platform/store/timeline';`)).toEqual([]);
    expect(problems(`await browser.storage.local.get('x');`)).toEqual(['uses browser']);
    expect(problems(`chrome.runtime.id;`)).toEqual(['uses chrome']);
    expect(problems(`const open = indexedDB.open('db');`)).toEqual(['uses indexedDB']);
    expect(problems(`const { storage } = browser;`)).toEqual(['uses browser']);
    expect(
      problems(`// browser.runtime.sendMessage in a comment
        /* chrome.tabs and indexedDB in a block comment */
        const text = 'kept only in this browser.';
        const more = \`indexedDB.open() \${'chrome.x'}\`;
        const agent = navigator.userAgentData?.browser;
        const labels = { browser: 'Browser' };
        import { csvField } from '@/lib/csv-field';`),
    ).toEqual([]);
  });
});

describe('folders', () => {
  const folders = ['lib', 'components'].flatMap((top) =>
    readdirSync(resolve(ROOT, top), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => relative(ROOT, resolve(entry.parentPath, entry.name)).split('\\').join('/')),
  );

  it('each say what they hold: a comment opening their index.ts, else a README.md', () => {
    expect(folders).toContain('lib/platform/store');
    const silent = folders.filter((folder) => {
      const index = resolve(ROOT, folder, 'index.ts');
      if (existsSync(index)) return !/^\s*(\/\/|\/\*)/.test(readFileSync(index, 'utf8'));
      const readme = resolve(ROOT, folder, 'README.md');
      return !existsSync(readme) || readFileSync(readme, 'utf8').trim() === '';
    });
    expect(silent).toEqual([]);
  });

  it('are each named in the README’s project layout', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const layout = readme.slice(readme.indexOf('## Project layout'), readme.indexOf('## Dependencies'));
    const leaves = folders.filter((folder) => !folder.startsWith('lib/letters/templates') && !folder.startsWith('lib/i18n/messages'));
    expect(leaves.filter((folder) => !layout.includes(`${folder.split('/').at(-1)}/`))).toEqual([]);
  });
});
