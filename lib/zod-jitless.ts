import { z } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to. Extension pages forbid eval
// (and a reviewer rightly asks), so every entry point imports this module first, before any
// schema is built: zod decides per schema, when the schema is created.
z.config({ jitless: true });
