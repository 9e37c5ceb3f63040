// The normalized shape every OpenAPI version is turned into. Plain data plus lazy schema handles:
// schemas are not dereferenced into a tree, so cyclic and shared schemas stay cheap.

export interface Loc {
  file: string;
  pointer: string;
}

/** An unresolved schema (possibly a `$ref`) and where it is written. Resolved on demand. */
export interface SchemaHandle {
  raw: unknown;
  loc: Loc;
}

export interface Deprecation {
  deprecated: boolean;
  /** `x-sunset`: the date after which a deprecated element may be removed (RFC 3339 date). */
  sunset?: string;
}

export interface ApiModel {
  version: '2.0' | '3.0' | '3.1' | '3.2';
  infoVersion?: string;
  infoLoc: Loc;
  operations: Map<string, Operation>;
  /** 3.1 webhooks: the API calls the client, so request and response swap roles. */
  webhooks: Map<string, Operation>;
  securitySchemes: Map<string, SecurityScheme>;
  /** Base paths of the servers (path part of each URL), in order. */
  servers: Server[];
  serversLoc: Loc;
  /** Component schemas by name, for rules about the components themselves. */
  componentSchemas: Map<string, SchemaHandle>;
}

export interface Server {
  url: string;
  loc: Loc;
}

export interface Operation extends Deprecation {
  /** `GET /books/{}`: parameter names erased, so renaming one is not a removal. */
  key: string;
  method: string;
  /** The path as written, with parameter names. */
  path: string;
  operationId?: string;
  loc: Loc;
  /** `x-stability-level` as written (a value that is not text as JSON); `stable` when absent. */
  stabilityLevel: string;
  /** Where the level is written; the operation when it is not. */
  stabilityLoc: Loc;
  /** Keyed `in:name`, header names lower-cased; path-level parameters merged in. */
  parameters: Map<string, Parameter>;
  requestBody?: RequestBody;
  responses: Map<string, Response>;
  /** The effective requirement: the operation's own, else the global one. Empty list: none. */
  security: SecurityRequirement[];
  securityLoc: Loc;
  /** Callbacks, keyed `name expression METHOD`; the API is the client there. */
  callbacks: Map<string, Operation>;
}

/** `querystring` (3.2): the whole query string as one value, described by a `content` schema. */
export type ParameterLocation = 'path' | 'query' | 'querystring' | 'header' | 'cookie';

export interface Parameter extends Deprecation {
  in: ParameterLocation;
  name: string;
  loc: Loc;
  required: boolean;
  schema?: SchemaHandle;
  /** Set when the parameter uses `content` instead of `schema`. */
  mediaType?: string;
  style: string;
  explode: boolean;
  allowEmptyValue: boolean;
  allowReserved: boolean;
}

export interface RequestBody {
  loc: Loc;
  required: boolean;
  content: Map<string, MediaType>;
}

export interface MediaType {
  name: string;
  loc: Loc;
  schema?: SchemaHandle;
  /** 3.2 sequential media types (`application/jsonl`, `text/event-stream`, …): the schema of each item. */
  itemSchema?: SchemaHandle;
  /**
   * The `contentType` written for each part of a multipart or form body: `encoding` by property
   * name, 3.2 `prefixEncoding` by position (`[0]`) and `itemEncoding` for every item (`[]`).
   */
  partTypes: Map<string, { contentType: string; loc: Loc }>;
}

export interface Response {
  status: string;
  loc: Loc;
  headers: Map<string, Header>;
  content: Map<string, MediaType>;
}

export interface Header extends Deprecation {
  name: string;
  loc: Loc;
  required: boolean;
  /** Headers always use the `simple` style; explode still decides how objects are written. */
  explode: boolean;
  schema?: SchemaHandle;
}

/** Alternatives (OR) of scheme sets (AND), each scheme with its scopes. */
export type SecurityRequirement = Map<string, string[]>;

export interface SecurityScheme extends Deprecation {
  name: string;
  loc: Loc;
  type: string;
  in?: string;
  paramName?: string;
  scheme?: string;
  bearerFormat?: string;
  openIdConnectUrl?: string;
  /** 3.2: where OAuth2 clients discover the authorization server's metadata (RFC 8414). */
  oauth2MetadataUrl?: string;
  /** OAuth2 flows by flow name (3.2 adds `deviceAuthorization`, with its `deviceAuthorizationUrl`). */
  flows: Map<string, { authorizationUrl?: string; deviceAuthorizationUrl?: string; tokenUrl?: string; refreshUrl?: string; scopes: string[] }>;
}
