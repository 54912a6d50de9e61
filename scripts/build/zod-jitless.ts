/**
 * zod compiles fast parsers with `new Function` unless its global config says `jitless`, and it
 * decides when each schema is created. A `z.config({ jitless: true })` call in our code runs only
 * when its chunk does, and the bundler may evaluate a chunk that builds schemas first; so the
 * config is born jitless, in zod's own module, before any schema can exist. Must match exactly
 * once, so a zod update that moves the line fails the build instead of shipping code generation.
 */
const ZOD_CORE = /\/node_modules\/zod\/v4\/core\/core\.js$/;
const CONFIG_BIRTH = /__zod_globalConfig = \{\}\)/g;

export function zodJitless() {
  return {
    name: 'endreprisals-zod-jitless',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!ZOD_CORE.test(id.split('?')[0]!)) return null;
      const count = [...code.matchAll(CONFIG_BIRTH)].length;
      if (count !== 1) throw new Error(`zod's global config line matched ${count} times, not once`);
      return `${code.replace(CONFIG_BIRTH, '__zod_globalConfig = { jitless: true })')}\nglobalConfig.jitless = true;\n`;
    },
  };
}
