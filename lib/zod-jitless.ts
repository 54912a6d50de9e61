// The core's config, which zod and zod/mini share; importing `zod` itself would put the whole
// library into every entry point.
import { config } from 'zod/v4/core';

// zod compiles fast parsers with `new Function` unless told not to. Extension pages forbid eval
// (and a reviewer rightly asks). zod decides per schema, when the schema is created: the build
// makes zod's config jitless from birth (scripts/build/zod-jitless.ts), whatever order the
// bundler evaluates chunks in; every entry point also imports this module first, which covers
// code run without the build (unit tests).
config({ jitless: true });
