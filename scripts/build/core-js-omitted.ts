import type { Plugin } from 'vite';

/** Where twitter-text's ES build imports core-js 2's polyfills from, each for its side effect. */
const POLYFILL = /^core-js\/modules\/(es6|es7|web)\.[\w.-]+(\.js)?$/;
const OMITTED = '\0core-js-polyfill-omitted';

/**
 * twitter-text (the X length count) imports core-js 2 polyfills of ES2015–2017 built-ins (Symbol,
 * Array.from, RegExp methods, iterators…). Chrome 105 and Firefox 140, the minimum versions, have
 * every one of them natively, and core-js patches nothing where the built-in is right; so each
 * import becomes an empty module and twitter-text runs on the built-ins. The release check and
 * the build-output tests make sure no core-js reaches a bundle.
 */
export function omitCoreJsPolyfills(): Plugin {
  return {
    name: 'omit-core-js-polyfills',
    enforce: 'pre',
    resolveId: (source) => (POLYFILL.test(source) ? OMITTED : null),
    load: (id) => (id === OMITTED ? 'export {};' : null),
  };
}
