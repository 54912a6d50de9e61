/**
 * Preact applies `dangerouslySetInnerHTML` with an innerHTML assignment. No component of ours uses
 * that prop, and add-on review flags every innerHTML assignment in a package, so the one in Preact
 * becomes an error: a future use fails loudly instead of writing markup. The patch must match
 * exactly once, so a Preact update that moves the code fails the build instead of shipping it unpatched.
 */
const PREACT_MODULE = /\/node_modules\/preact\/dist\/preact\.mjs$/;
const ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function preactWithoutInnerHtml() {
  return {
    name: 'endreprisals-preact-without-inner-html',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!PREACT_MODULE.test(id.split('?')[0]!)) return null;
      const count = [...code.matchAll(ASSIGNMENT)].length;
      if (count !== 1) throw new Error(`Preact's innerHTML assignment matched ${count} times, not once`);
      return code.replace(ASSIGNMENT, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()');
    },
  };
}
