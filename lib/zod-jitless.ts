import { z } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to. Extension pages forbid eval
// (and a reviewer rightly asks). zod decides per schema, when the schema is created: the build
// makes zod's config jitless from birth (scripts/build/zod-jitless.ts), whatever order the
// bundler evaluates chunks in; every entry point also imports this module first, which covers
// code run without the build (unit tests).
z.config({ jitless: true });
