// Small OpenAPI documents for tests that need a contract but not a particular one (git, check, CLI).

export interface DocumentOptions {
  /** A DELETE (204) beside the GET of the first path, or of the path named. */
  withDelete?: boolean | string;
  title?: string;
  /** `info.version`. */
  version?: string;
  openapi?: string;
}

/** An OpenAPI document in YAML with a GET (200) on each of `paths`; path parameters are declared. */
export function openapi(paths: string[], { withDelete = false, title = 'Test', version = '1.0.0', openapi = '3.1.0' }: DocumentOptions = {}): string {
  const deleteOn = withDelete === true ? paths[0] : withDelete || undefined;
  const items = paths.map((p) => {
    const parameters = [...p.matchAll(/\{([^}]+)\}/g)].map(([, name]) => `      - { name: ${name}, in: path, required: true, schema: { type: string } }\n`);
    return `  ${p}:
${parameters.length > 0 ? `    parameters:\n${parameters.join('')}` : ''}    get:
      responses:
        "200":
          description: OK.
${p === deleteOn ? `    delete:
      responses:
        "204":
          description: Deleted.
` : ''}`;
  });
  return `openapi: ${openapi}
info:
  title: ${title}
  version: ${version}
paths:
${items.join('')}`;
}

/** One service's contract: `GET /orders`, `GET /orders/{id}` and `DELETE /orders/{id}`. */
export const ORDERS = openapi(['/orders', '/orders/{id}'], { title: 'Orders', openapi: '3.0.3', withDelete: '/orders/{id}' });

/** ORDERS without its DELETE operation: one breaking change. */
export const ORDERS_WITHOUT_DELETE = openapi(['/orders', '/orders/{id}'], { title: 'Orders', openapi: '3.0.3' });

/** A document whose response schema lives in `../schemas/item.yaml`, out of the document's folder. */
export const DOC_WITH_REF = `openapi: 3.1.0
info:
  title: Shop
  version: 1.0.0
paths:
  /items:
    get:
      responses:
        "200":
          description: The items.
          content:
            application/json:
              schema:
                $ref: '../schemas/item.yaml'
`;
export const ITEM = 'type: object\nrequired: [id]\nproperties:\n  id:\n    type: string\n';
export const ITEM_OPTIONAL = 'type: object\nproperties:\n  id:\n    type: string\n';
