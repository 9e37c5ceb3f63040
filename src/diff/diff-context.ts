import type { Loc, SchemaHandle, SecurityScheme } from '../model/types.js';
import type { Direction } from '../types.js';
import type { Change, ChangeContext, ChangeData, ChangeKind, OperationInfo, Subject } from './change.js';
import type { SchemaChange, SchemaDiffer } from './diff-schema.js';

/** Where a schema sits, which decides the subject of its changes. */
export type SchemaSite = 'request-body' | 'request-parameter' | 'response-body' | 'response-header';

/** The state one comparison carries: the schema differ, the sink and the operation being compared. */
export class DiffContext {
  constructor(
    readonly schemas: SchemaDiffer,
    private readonly sink: Change[],
    readonly operation?: OperationInfo,
    /** Webhooks and callbacks: the API sends the request and reads the response. */
    readonly flipped = false,
    readonly operationContext: ChangeContext = {},
    /** The base side's security schemes, whose deprecation decides how a dropped requirement is judged. */
    readonly baseSchemes: ReadonlyMap<string, SecurityScheme> = new Map(),
  ) {}

  forOperation(operation: OperationInfo, flipped: boolean, operationContext: ChangeContext): DiffContext {
    return new DiffContext(this.schemas, this.sink, operation, flipped, operationContext, this.baseSchemes);
  }

  emit(kind: ChangeKind, subject: Subject, sides: { base?: Loc; revision?: Loc }, data: ChangeData = {}, context: ChangeContext = {}): void {
    const flippedSubject = this.flipped ? flipSubject(subject) : subject;
    // Messages about removals name the sunset; keep it in the data whenever the context has one.
    if (context.sunset !== undefined && data.sunset === undefined) data = { ...data, sunset: context.sunset };
    this.sink.push({
      kind,
      subject: flippedSubject,
      direction: directionOf(flippedSubject),
      operation: this.operation,
      base: sides.base,
      revision: sides.revision,
      data,
      context: { ...this.operationContext, ...context },
    });
  }

  /**
   * Compares two schemas at a site and emits each difference with its subject and property path;
   * with `text`, the value travels as text (see `SchemaDiffer.diff`).
   */
  diffSchemas(site: SchemaSite, base: SchemaHandle, revision: SchemaHandle, data: ChangeData, prefix: readonly string[] = [], text = false): void {
    // One report per operation and direction for a change reached through several references.
    const scope = `${this.operation?.key ?? ''}\u0000${this.flipped}\u0000${site.startsWith('request') ? 'request' : 'response'}`;
    for (const found of this.schemas.diff(base, revision, scope, text)) {
      const change = prefix.length > 0 ? { ...found, path: [...prefix, ...found.path] } : found;
      const { subject, property } = placeChange(site, change, data);
      this.emit(change.kind, subject, { base: change.base, revision: change.revision }, property ? { ...data, property, ...change.data } : { ...data, ...change.data }, change.context);
    }
  }
}

/**
 * The subject of a schema change and the property it names. Below the top of a body it is a
 * property. Inside an object-valued parameter or header too, and the property says whose; the
 * items of an array-valued one are still its values.
 */
function placeChange(site: SchemaSite, change: SchemaChange, data: ChangeData): { subject: Subject; property: string } {
  const property = renderPath(change.path);
  const propertyKind = change.kind.startsWith('property-');
  if (site === 'request-body' || site === 'response-body') {
    const propertyLevel = change.path.length > 0 || propertyKind;
    return { subject: propertyLevel ? (site === 'request-body' ? 'request-property' : 'response-property') : site, property };
  }
  if (!propertyKind && !change.path.some((segment) => !segment.startsWith('[') && segment !== '{}')) return { subject: site, property };
  const owner = site === 'response-header' ? `the header ${data.header}` : data.in === 'querystring' ? 'the query string' : `the ${data.in} parameter ${data.parameter}`;
  return { subject: site === 'request-parameter' ? 'request-property' : 'response-property', property: `${property} of ${owner}` };
}

export function renderPath(path: string[]): string {
  let out = '';
  for (const segment of path) {
    if (segment === '[]' || segment.startsWith('[')) out += segment;
    else if (segment === '{}') out += '.*';
    // A property named "" exists in the wild; shown quoted so the path is never empty.
    else if (segment === '') out += out === '' ? '""' : '.""';
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

const FLIPS: Partial<Record<Subject, Subject>> = {
  'request-parameter': 'response-header',
  'request-body': 'response-body',
  'request-property': 'response-property',
  'response-body': 'request-body',
  'response-property': 'request-property',
  'response-header': 'request-parameter',
};

function flipSubject(subject: Subject): Subject {
  return FLIPS[subject] ?? subject;
}

export function directionOf(subject: Subject): Direction {
  if (subject.startsWith('request-')) return 'request';
  if (subject.startsWith('response')) return 'response';
  return 'none';
}
