import type { FindContext, FindMatches, TextMatch } from './types';

/** The State matcher as marking uses it; its second argument is optional. */
interface MatcherLike {
  find(text: string): ReadonlyArray<TextMatch>;
}

/**
 * Marking passes the page language of each text to the matcher, which prefers names in that
 * language. A matcher that takes no options ignores the extra argument.
 */
export function findWithPageLanguage(matcher: MatcherLike): FindMatches {
  const find = matcher.find as (text: string, options?: FindContext) => ReadonlyArray<TextMatch>;
  // The context is passed as it is: its page language may be looked up only when read.
  return (text, context) => find.call(matcher, text, context);
}
