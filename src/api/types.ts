// The API's shapes by name, from the generated OpenAPI types (./schema.ts): declared here once, imported everywhere.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Diff = Schemas['Diff'];
export type DiffHunk = Schemas['DiffHunk'];
export type DiffLine = Schemas['DiffLine'];
