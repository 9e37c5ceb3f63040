import type { Loc } from '../model/types.js';
import type { ChangeContext, ChangeData, ChangeKind } from './change.js';

/** A difference inside a schema, at `path` (property names, `[]` for items, `{}` for additional properties). */
export interface SchemaChange {
  kind: ChangeKind;
  path: string[];
  base?: Loc;
  revision?: Loc;
  data: ChangeData;
  context: ChangeContext;
}
