/**
 * The one place where letter and post templates meet their values.
 *
 * Templates use `{name}` placeholders. Every placeholder must receive a value: a template that
 * names an unknown placeholder throws, so a typo fails the tests instead of shipping "{name}".
 * A line made only of placeholders that all came out empty is dropped, so optional parts (the
 * sender's organisation, say) leave no blank line behind; runs of blank lines left by dropped
 * lines shrink to one, and the result carries no trailing blank lines.
 */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export class MissingPlaceholderError extends Error {
  constructor(readonly placeholder: string) {
    super(`No value for the template placeholder {${placeholder}}`);
    this.name = 'MissingPlaceholderError';
  }
}

/** The placeholder names a template uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const lines: string[] = [];
  let droppedSinceLastLine = false;
  for (const line of template.split('\n')) {
    const names = [...line.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
    const filled = line.replace(PLACEHOLDER, (_whole, name: string) => {
      const value = values[name];
      if (value === undefined) throw new MissingPlaceholderError(name);
      return value;
    });
    const onlyPlaceholders = names.length > 0 && line.replace(PLACEHOLDER, '').trim() === '';
    if (onlyPlaceholders && filled.trim() === '') {
      droppedSinceLastLine = true;
      continue;
    }
    const isBlank = filled.trim() === '';
    const previousBlank = lines.length > 0 && (lines[lines.length - 1] as string).trim() === '';
    if (isBlank && previousBlank && droppedSinceLastLine) continue;
    droppedSinceLastLine = false;
    lines.push(filled);
  }
  while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === '') lines.pop();
  return lines.join('\n');
}
