import { InputError } from '../load/input-error.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { joinPointer } from '../load/pointer.js';
import { Resolver } from './resolver.js';
import { stableStringify } from './schema.js';
import type {
  ApiModel,
  Header,
  Loc,
  MediaType,
  Operation,
  Parameter,
  ParameterLocation,
  RequestBody,
  Response,
  SecurityRequirement,
  SecurityScheme,
  Server,
} from './types.js';

/** Swagger 2.0 OAuth2 flow names in their OpenAPI 3 spelling, so a migration is not a change. */
const SWAGGER_FLOWS: Record<string, string> = { application: 'clientCredentials', accessCode: 'authorizationCode' };

const IGNORED_HEADERS = ['accept', 'content-type', 'authorization'];

/** The methods a path item names as fixed fields (`query`: OpenAPI 3.2, safe and idempotent with a body). */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;

/**
 * How a method is shown and keyed: a fixed-field method in capitals (`get` → `GET`); a method of
 * 3.2 `additionalOperations` as written, since those tokens are case-sensitive (`PURGE`, `Link`).
 */
export function methodLabel(method: string): string {
  return (METHODS as readonly string[]).includes(method) ? method.toUpperCase() : method;
}

type Obj = Record<string, unknown>;

/** Turns a loaded 2.0 / 3.0 / 3.1 / 3.2 document into the one normalized shape. */
export function normalizeSpec(spec: LoadedSpec): ApiModel {
  return new Normalizer(spec).run();
}

/** `/books/{id}` -> `/books/{}`; trailing slashes and case of the template are kept. */
export function pathKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

class Normalizer {
  private readonly resolver: Resolver;
  private readonly root: Obj;
  private readonly file: string;
  private readonly swagger2: boolean;

  constructor(private readonly spec: LoadedSpec) {
    this.resolver = new Resolver(spec);
    this.file = spec.entry;
    this.root = spec.files.get(spec.entry)!.value as Obj;
    this.swagger2 = spec.version === '2.0';
  }

  run(): ApiModel {
    const root = this.root;
    const info = obj(root.info);
    const globalSecurity = this.security(root.security, this.loc('/security'));
    const operations = new Map<string, Operation>();
    const paths = this.object(root.paths, this.loc('/paths'));
    // Sorted: which of two colliding paths keeps the template key must not depend on key order.
    for (const path of Object.keys(paths).sort()) {
      if (!path.startsWith('/')) continue;
      const loc = this.loc(joinPointer('/paths', path));
      for (const op of this.pathItem(paths[path], loc, path, globalSecurity)) {
        // `/a/{id}` and `/a/{key}` with the same method (invalid, but seen): keep both, the later by its literal path.
        if (operations.has(op.key)) op.key = `${methodLabel(op.method)} ${path}`;
        operations.set(op.key, op);
      }
    }
    const webhooks = new Map<string, Operation>();
    const hooksKey = this.webhooksKey();
    const hooks = this.object(root[hooksKey], this.loc(`/${hooksKey}`));
    for (const name of Object.keys(hooks)) {
      const loc = this.loc(joinPointer(`/${hooksKey}`, name));
      for (const op of this.pathItem(hooks[name], loc, name, globalSecurity)) {
        op.key = `${methodLabel(op.method)} ${name}`;
        webhooks.set(op.key, op);
      }
    }
    return {
      version: this.spec.version,
      infoVersion: typeof info.version === 'string' ? info.version : info.version === undefined ? undefined : String(info.version),
      infoLoc: this.loc('/info'),
      operations,
      webhooks,
      securitySchemes: this.securitySchemes(),
      servers: this.servers(),
      serversLoc: this.loc(this.swagger2 ? '/basePath' : '/servers'),
      componentSchemas: this.componentSchemas(),
    };
  }

  /**
   * Where the webhooks are: `webhooks`, or the `x-webhooks` that 3.0 descriptions (GitHub's,
   * Redoc's convention) use for the same Path Item map before 3.1 named it. Read in any 3.x document
   * without `webhooks`: one moved to 3.1 with its extension kept must not lose its webhooks.
   */
  private webhooksKey(): 'webhooks' | 'x-webhooks' {
    const legacy = this.root['x-webhooks'];
    // An extension is not validated: it is read only when it has the shape of a Path Item map.
    const readable = isPlainObject(legacy) && Object.values(legacy).every(isPlainObject);
    return this.root.webhooks === undefined && this.spec.version !== '2.0' && readable ? 'x-webhooks' : 'webhooks';
  }

  private loc(pointer: string, file = this.file): Loc {
    return { file, pointer };
  }

  /**
   * A part the model is built from, which must be an object when present (absent or empty: none).
   * Anything else (`paths` written as a list, an operation as a string) is refused: reading it as
   * empty would report everything it held as removed.
   */
  private object(value: unknown, loc: Loc): Obj {
    if (value === undefined || value === null) return {};
    if (typeof value === 'object' && !Array.isArray(value)) return value as Obj;
    throw this.misshapen(loc, 'an object', value);
  }

  /** `object` for a part that must be a list. */
  private list(value: unknown, loc: Loc): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    throw this.misshapen(loc, 'a list', value);
  }

  private misshapen(loc: Loc, expected: string, value: unknown): InputError {
    const actual = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `${typeof value === 'string' ? 'a string' : `a ${typeof value}`}`;
    const line = this.spec.files.get(loc.file)?.lines([loc.pointer]).get(loc.pointer);
    return new InputError(`${loc.pointer || '/'} must be ${expected}, not ${actual}: the document cannot be compared`, loc.file, line);
  }

  private pathItem(raw: unknown, loc: Loc, path: string, globalSecurity: SecurityRequirement[] | undefined): Operation[] {
    const item = this.resolver.resolve(raw, loc);
    const value = this.object(item.value, item.loc);
    const shared = this.parameterList(value.parameters, { file: item.loc.file, pointer: joinPointer(item.loc.pointer, 'parameters') });
    const out: Operation[] = [];
    const templateNames = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    for (const method of METHODS) {
      if (value[method] === undefined) continue;
      const opLoc = { file: item.loc.file, pointer: joinPointer(item.loc.pointer, method) };
      out.push(this.operation(this.object(value[method], opLoc), opLoc, method, path, templateNames, shared, globalSecurity));
    }
    // 3.2 custom methods; one that repeats a fixed field (not allowed) leaves the fixed field in place.
    const additionalLoc = { file: item.loc.file, pointer: joinPointer(item.loc.pointer, 'additionalOperations') };
    const additional = this.object(value.additionalOperations, additionalLoc);
    for (const token of Object.keys(additional)) {
      if ((METHODS as readonly string[]).includes(token.toLowerCase())) continue;
      const opLoc = sub(additionalLoc, token);
      out.push(this.operation(this.object(additional[token], opLoc), opLoc, token, path, templateNames, shared, globalSecurity));
    }
    return out;
  }

  private operation(
    op: Obj,
    loc: Loc,
    method: string,
    path: string,
    templateNames: string[],
    shared: Map<string, Parameter>,
    globalSecurity: SecurityRequirement[] | undefined,
  ): Operation {
    const parameters = new Map(shared);
    const own = this.parameterList(op.parameters, sub(loc, 'parameters'));
    for (const [key, parameter] of own) parameters.set(key, parameter);
    let requestBody: RequestBody | undefined;
    if (this.swagger2) {
      requestBody = this.swaggerBody(op, loc, parameters);
    } else if (op.requestBody !== undefined) {
      requestBody = this.requestBody(op.requestBody, sub(loc, 'requestBody'));
    }
    rekeyPathParameters(parameters, templateNames);
    const ownSecurity = this.security(op.security, sub(loc, 'security'));
    const callbacks = new Map<string, Operation>();
    const rawCallbacks = this.object(op.callbacks, sub(loc, 'callbacks'));
    for (const name of Object.keys(rawCallbacks)) {
      const cb = this.resolver.resolve(rawCallbacks[name], sub(sub(loc, 'callbacks'), name));
      const expressions = this.object(cb.value, cb.loc);
      for (const expression of Object.keys(expressions)) {
        const exprLoc = sub(cb.loc, expression);
        for (const cbOp of this.pathItem(expressions[expression], exprLoc, expression, undefined)) {
          cbOp.key = `${name} ${expression} ${methodLabel(cbOp.method)}`;
          callbacks.set(cbOp.key, cbOp);
        }
      }
    }
    return {
      key: `${methodLabel(method)} ${pathKey(path)}`,
      method,
      path,
      operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
      loc,
      stabilityLevel: stabilityLevelOf(op),
      stabilityLoc: op['x-stability-level'] !== undefined ? sub(loc, 'x-stability-level') : loc,
      deprecated: op.deprecated === true,
      sunset: sunsetOf(op) ?? this.sunsetHeader(op.responses, sub(loc, 'responses')),
      parameters,
      requestBody,
      responses: this.responses(op.responses, sub(loc, 'responses'), op),
      security: ownSecurity ?? globalSecurity ?? [],
      securityLoc: op.security !== undefined ? sub(loc, 'security') : this.root.security !== undefined ? this.loc('/security') : loc,
      callbacks,
    };
  }

  private parameterList(raw: unknown, loc: Loc): Map<string, Parameter> {
    const out = new Map<string, Parameter>();
    this.list(raw, loc).forEach((entry, index) => {
      const resolved = this.resolver.resolve(entry, sub(loc, index));
      const p = this.object(resolved.value, resolved.loc);
      if (typeof p.name !== 'string' || typeof p.in !== 'string') return;
      if (p.in === 'body' || p.in === 'formData') {
        out.set(`${p.in}:${p.name}`, this.swaggerSpecialParameter(p, resolved.loc));
        return;
      }
      // OpenAPI 3 ignores header parameters that HTTP already defines; they are content negotiation and security.
      if (!this.swagger2 && p.in === 'header' && IGNORED_HEADERS.includes(p.name.toLowerCase())) return;
      const parameter = this.parameter(p, resolved.loc);
      out.set(parameterKey(parameter), parameter);
    });
    return out;
  }

  private parameter(p: Obj, loc: Loc): Parameter {
    const where = p.in as ParameterLocation;
    let schema = p.schema !== undefined ? { raw: p.schema, loc: sub(loc, 'schema') } : undefined;
    let mediaType: string | undefined;
    const content = this.object(p.content, sub(loc, 'content'));
    const contentTypes = Object.keys(content);
    if (!schema && contentTypes.length > 0) {
      mediaType = contentTypes[0];
      const media = this.mediaType(content[mediaType], sub(sub(loc, 'content'), mediaType));
      if (media.value.schema !== undefined) schema = { raw: media.value.schema, loc: sub(media.loc, 'schema') };
    }
    if (!schema && this.swagger2) schema = { raw: swaggerInlineSchema(p), loc };
    const defaultStyle = where === 'query' || where === 'cookie' ? 'form' : 'simple';
    const style = typeof p.style === 'string' ? p.style : this.swagger2 ? swaggerStyle(p) : defaultStyle;
    // A Swagger 2.0 `collectionFormat` applies to arrays only: any other value is serialized as
    // OpenAPI 3 serializes it by default, so a migration to 3.x is no change of `explode`.
    return {
      in: where,
      name: p.name as string,
      loc,
      required: where === 'path' ? true : p.required === true,
      schema,
      mediaType,
      style,
      explode: typeof p.explode === 'boolean' ? p.explode : (style === 'form' || style === 'cookie') && (!this.swagger2 || p.type !== 'array') ? true : p.collectionFormat === 'multi',
      allowEmptyValue: p.allowEmptyValue === true,
      allowReserved: p.allowReserved === true,
      deprecated: p.deprecated === true,
      sunset: sunsetOf(p),
    };
  }

  /** Swagger 2.0 `body`/`formData` parameters are kept aside and turned into a request body. */
  private swaggerSpecialParameter(p: Obj, loc: Loc): Parameter {
    return {
      in: p.in as ParameterLocation,
      name: p.name as string,
      loc,
      required: p.required === true,
      schema: p.in === 'body' ? { raw: p.schema, loc: sub(loc, 'schema') } : { raw: swaggerInlineSchema(p), loc },
      style: 'form',
      explode: false,
      allowEmptyValue: false,
      allowReserved: false,
      deprecated: false,
    };
  }

  private swaggerBody(op: Obj, loc: Loc, parameters: Map<string, Parameter>): RequestBody | undefined {
    const body = [...parameters.values()].find((p) => (p.in as string) === 'body');
    const form = [...parameters.values()].filter((p) => (p.in as string) === 'formData');
    for (const key of [...parameters.keys()]) if (key.startsWith('body:') || key.startsWith('formData:')) parameters.delete(key);
    const consumes = stringList(op.consumes) ?? stringList(this.root.consumes);
    if (body) {
      const types = consumes ?? ['application/json'];
      return {
        loc: body.loc,
        required: body.required,
        content: new Map(types.map((name) => [name, { name, loc: body.loc, schema: body.schema, partTypes: new Map() }])),
      };
    }
    if (form.length > 0) {
      const properties: Obj = {};
      const required: string[] = [];
      for (const p of form) {
        properties[p.name] = p.schema!.raw;
        if (p.required) required.push(p.name);
      }
      const schema = { raw: { type: 'object', properties, required }, loc: form[0].loc };
      const hasFile = form.some((p) => (p.schema!.raw as Obj).type === 'file');
      const types = consumes ?? [hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
      return {
        loc: form[0].loc,
        required: required.length > 0,
        content: new Map(types.map((name) => [name, { name, loc: form[0].loc, schema, partTypes: new Map() }])),
      };
    }
    return undefined;
  }

  private requestBody(raw: unknown, loc: Loc): RequestBody {
    const resolved = this.resolver.resolve(raw, loc);
    const body = this.object(resolved.value, resolved.loc);
    return {
      loc: resolved.loc,
      required: body.required === true,
      content: this.content(body.content, sub(resolved.loc, 'content')),
    };
  }

  private content(raw: unknown, loc: Loc): Map<string, MediaType> {
    const out = new Map<string, MediaType>();
    const content = this.object(raw, loc);
    for (const name of Object.keys(content)) {
      const mediaLoc = sub(loc, name);
      const media = this.mediaType(content[name], mediaLoc);
      out.set(name.toLowerCase(), {
        name,
        loc: mediaLoc,
        schema: media.value.schema !== undefined ? { raw: media.value.schema, loc: sub(media.loc, 'schema') } : undefined,
        itemSchema: media.value.itemSchema !== undefined ? { raw: media.value.itemSchema, loc: sub(media.loc, 'itemSchema') } : undefined,
        partTypes: this.partTypes(media.value, media.loc),
      });
    }
    return out;
  }

  /** The `contentType` of each encoded part, where one is written (an absent one follows the part's schema). */
  private partTypes(media: Obj, loc: Loc): MediaType['partTypes'] {
    const out: MediaType['partTypes'] = new Map();
    const add = (part: string, raw: unknown, at: Loc) => {
      const encoding = this.resolver.resolve(raw, at);
      const contentType = obj(encoding.value).contentType;
      if (typeof contentType === 'string') out.set(part, { contentType, loc: encoding.loc });
    };
    // Read leniently: a misshapen encoding leaves parts to their defaults rather than refusing the document.
    const encoding = obj(media.encoding);
    for (const name of Object.keys(encoding)) add(name, encoding[name], sub(sub(loc, 'encoding'), name));
    const prefix = Array.isArray(media.prefixEncoding) ? media.prefixEncoding : [];
    prefix.forEach((raw, i) => add(`[${i}]`, raw, sub(sub(loc, 'prefixEncoding'), i)));
    if (media.itemEncoding !== undefined) add('[]', media.itemEncoding, sub(loc, 'itemEncoding'));
    return out;
  }

  /** A Media Type Object, which 3.2 may write as a `$ref` (to `components.mediaTypes`), and where it is written. */
  private mediaType(raw: unknown, loc: Loc): { value: Obj; loc: Loc } {
    const resolved = this.resolver.resolve(raw, loc);
    return { value: this.object(resolved.value, resolved.loc), loc: resolved.loc };
  }

  private responses(raw: unknown, loc: Loc, op: Obj): Map<string, Response> {
    const out = new Map<string, Response>();
    const responses = this.object(raw, loc);
    const produces = stringList(op.produces) ?? stringList(this.root.produces) ?? ['application/json'];
    for (const status of Object.keys(responses)) {
      if (status.startsWith('x-')) continue;
      const resolved = this.resolver.resolve(responses[status], sub(loc, status));
      const response = this.object(resolved.value, resolved.loc);
      let content: Map<string, MediaType>;
      if (this.swagger2) {
        content = new Map();
        if (response.schema !== undefined) {
          const schema = { raw: response.schema, loc: sub(resolved.loc, 'schema') };
          for (const name of produces) content.set(name.toLowerCase(), { name, loc: schema.loc, schema, partTypes: new Map() });
        }
      } else {
        content = this.content(response.content, sub(resolved.loc, 'content'));
      }
      const key = status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase();
      out.set(key, { status: key, loc: sub(loc, status), headers: this.headers(response.headers, sub(resolved.loc, 'headers')), content });
    }
    return out;
  }

  private headers(raw: unknown, loc: Loc): Map<string, Header> {
    const out = new Map<string, Header>();
    const headers = this.object(raw, loc);
    for (const name of Object.keys(headers)) {
      const resolved = this.resolver.resolve(headers[name], sub(loc, name));
      const h = this.object(resolved.value, resolved.loc);
      let schema = h.schema !== undefined ? { raw: h.schema, loc: sub(resolved.loc, 'schema') } : undefined;
      if (!schema && this.swagger2) schema = { raw: swaggerInlineSchema(h), loc: resolved.loc };
      out.set(name.toLowerCase(), {
        name,
        loc: sub(loc, name),
        required: h.required === true,
        explode: h.explode === true,
        schema,
        deprecated: h.deprecated === true,
        sunset: sunsetOf(h),
      });
    }
    return out;
  }

  /**
   * The date an operation's responses announce in a `Sunset` header (RFC 8594) whose documented
   * value is one date (`example`, `default`, `const` or a one-value `enum`, on the header or its
   * schema); the earliest when responses differ. As an RFC 3339 date-time, as `x-sunset` is written.
   */
  private sunsetHeader(raw: unknown, loc: Loc): string | undefined {
    const dates: string[] = [];
    const responses = this.object(raw, loc);
    for (const status of Object.keys(responses)) {
      if (status.startsWith('x-')) continue;
      const response = this.resolver.resolve(responses[status], sub(loc, status));
      const headersLoc = sub(response.loc, 'headers');
      const headers = this.object(this.object(response.value, response.loc).headers, headersLoc);
      const name = Object.keys(headers).find((key) => key.toLowerCase() === 'sunset');
      if (name === undefined) continue;
      const header = this.resolver.resolve(headers[name], sub(headersLoc, name));
      const h = plainObject(header.value);
      const at = sub(header.loc, 'schema');
      // A 3.1 `{$ref: HttpDate, const: …}` documents its value beside the `$ref`, else in the target.
      const schemas = h.schema === undefined ? [] : [this.resolver.resolveSchema(h.schema, at).value, this.resolver.resolve(h.schema, at).value].map(plainObject);
      const date = [h, ...schemas].map(documentedValue).map((v) => (typeof v === 'string' ? sunsetDate(v) : undefined)).find((d) => d !== undefined);
      if (date !== undefined) dates.push(date);
    }
    return dates.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  }

  private security(raw: unknown, loc: Loc): SecurityRequirement[] | undefined {
    if (raw === undefined || raw === null) return undefined;
    return this.list(raw, loc).map((req, index) => {
      const requirement: SecurityRequirement = new Map();
      const record = this.object(req, sub(loc, index));
      for (const name of Object.keys(record)) requirement.set(name, stringList(record[name]) ?? []);
      return requirement;
    });
  }

  private securitySchemes(): Map<string, SecurityScheme> {
    const out = new Map<string, SecurityScheme>();
    const pointer = this.swagger2 ? '/securityDefinitions' : '/components/securitySchemes';
    const raw = this.object(this.swagger2 ? this.root.securityDefinitions : this.components().securitySchemes, this.loc(pointer));
    for (const name of Object.keys(raw)) {
      const resolved = this.resolver.resolve(raw[name], this.loc(joinPointer(pointer, name)));
      const s = this.object(resolved.value, resolved.loc);
      const flows: SecurityScheme['flows'] = new Map();
      if (this.swagger2 && s.type === 'oauth2') {
        flows.set(SWAGGER_FLOWS[String(s.flow)] ?? String(s.flow), { authorizationUrl: str(s.authorizationUrl), tokenUrl: str(s.tokenUrl), scopes: Object.keys(this.object(s.scopes, sub(resolved.loc, 'scopes'))) });
      }
      const rawFlows = this.object(s.flows, sub(resolved.loc, 'flows'));
      for (const flow of Object.keys(rawFlows)) {
        const flowLoc = sub(sub(resolved.loc, 'flows'), flow);
        const f = this.object(rawFlows[flow], flowLoc);
        flows.set(flow, {
          authorizationUrl: str(f.authorizationUrl),
          deviceAuthorizationUrl: str(f.deviceAuthorizationUrl),
          tokenUrl: str(f.tokenUrl),
          refreshUrl: str(f.refreshUrl),
          scopes: Object.keys(this.object(f.scopes, sub(flowLoc, 'scopes'))),
        });
      }
      out.set(name, {
        name,
        loc: this.loc(joinPointer(pointer, name)),
        type: this.swagger2 && s.type === 'basic' ? 'http' : String(s.type),
        in: str(s.in),
        paramName: str(s.name),
        scheme: this.swagger2 && s.type === 'basic' ? 'basic' : str(s.scheme)?.toLowerCase(),
        bearerFormat: str(s.bearerFormat),
        openIdConnectUrl: str(s.openIdConnectUrl),
        oauth2MetadataUrl: str(s.oauth2MetadataUrl),
        flows,
        deprecated: s.deprecated === true,
        sunset: sunsetOf(s),
      });
    }
    return out;
  }

  private servers(): Server[] {
    if (this.swagger2) {
      const basePath = typeof this.root.basePath === 'string' ? this.root.basePath : '/';
      return [{ url: basePath, loc: this.loc('/basePath') }];
    }
    return this.list(this.root.servers, this.loc('/servers')).map((s, i) => ({ url: String(this.object(s, this.loc(`/servers/${i}`)).url ?? ''), loc: this.loc(`/servers/${i}`) }));
  }

  private components(): Obj {
    return this.object(this.root.components, this.loc('/components'));
  }

  private componentSchemas(): Map<string, { raw: unknown; loc: Loc }> {
    const pointer = this.swagger2 ? '/definitions' : '/components/schemas';
    const raw = this.object(this.swagger2 ? this.root.definitions : this.components().schemas, this.loc(pointer));
    return new Map(Object.keys(raw).map((name) => [name, { raw: raw[name], loc: this.loc(joinPointer(pointer, name)) }]));
  }
}

/**
 * Path parameters are keyed by their position in the template, so renaming one changes nothing.
 * One whose name is not in the template (a common slip) takes the first position left unclaimed.
 */
function rekeyPathParameters(parameters: Map<string, Parameter>, names: string[]): void {
  const pathEntries: [string, Parameter][] = [];
  for (const entry of parameters) if (entry[1].in === 'path') pathEntries.push(entry);
  if (pathEntries.length === 0) return;
  const claimed = new Set(pathEntries.map(([, p]) => names.indexOf(p.name)).filter((i) => i !== -1));
  const unclaimed = names.map((_, i) => i).filter((i) => !claimed.has(i));
  for (const [key, parameter] of pathEntries) {
    const named = names.indexOf(parameter.name);
    const index = named !== -1 ? named : unclaimed.shift();
    parameters.delete(key);
    parameters.set(index === undefined ? key : `path:{${index}}`, parameter);
  }
}

/**
 * `in:name`, header names lower-cased. The one 3.2 `querystring` parameter is the whole query
 * string: its name is never sent, so it is keyed by its place alone and renaming it changes nothing.
 */
function parameterKey(p: Parameter): string {
  if (p.in === 'querystring') return 'querystring:';
  return `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

function sub(loc: Loc, segment: string | number): Loc {
  return { file: loc.file, pointer: joinPointer(loc.pointer, segment) };
}

function obj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

function plainObject(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

/** The one value a header or schema documents, if it documents one. */
function documentedValue(value: Obj): unknown {
  if ('const' in value) return value.const;
  if (Array.isArray(value.enum)) return value.enum.length === 1 ? value.enum[0] : undefined;
  return value.example ?? value.default ?? value['x-example'];
}

/** An HTTP-date (`Sat, 31 Dec 2022 23:59:59 GMT`, as RFC 8594 writes it) or an RFC 3339 date, as RFC 3339. */
function sunsetDate(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}(?:[Tt][\d:.]+(?:[Zz]|[+-]\d{2}:\d{2}))?$/.test(value)) return value;
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function sunsetOf(value: Obj): string | undefined {
  const sunset = value['x-sunset'];
  if (sunset instanceof Date) return sunset.toISOString().slice(0, 10);
  return typeof sunset === 'string' ? sunset : undefined;
}

/** An operation without `x-stability-level` is stable; any other value is kept as written, to be judged. */
function stabilityLevelOf(op: Obj): string {
  const level = op['x-stability-level'];
  if (level === undefined) return 'stable';
  return typeof level === 'string' ? level : stableStringify(level);
}

/** Swagger 2.0 non-body parameters and headers carry their schema keywords inline. */
const SCHEMA_KEYWORDS = [
  'type', 'format', 'items', 'collectionFormat', 'default', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'enum', 'multipleOf', 'x-nullable',
];

function swaggerInlineSchema(p: Obj): Obj {
  const schema: Obj = {};
  for (const key of SCHEMA_KEYWORDS) if (p[key] !== undefined && key !== 'collectionFormat') schema[key] = p[key];
  return schema;
}

function swaggerStyle(p: Obj): string {
  switch (p.collectionFormat) {
    case 'ssv':
      return 'spaceDelimited';
    case 'pipes':
      return 'pipeDelimited';
    default:
      return p.in === 'query' || p.in === 'formData' ? 'form' : 'simple';
  }
}

function isPlainObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
