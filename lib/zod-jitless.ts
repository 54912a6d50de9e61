// The core's config, which zod and zod/mini share; importing `zod` itself would put the whole
// library into every entry point.
import { config } from 'zod/v4/core';

// zod compiles fast parsers with `new Function` unless told not to. Extension pages forbid eval
// (and a reviewer rightly asks), so every entry point imports this module first, before any
// schema is built: zod decides per schema, when the schema is created.
config({ jitless: true });
