import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Checks a request against GitHub's own OpenAPI description
 * (@octokit/openapi): the operation exists, every query parameter is one it
 * declares, path parameters have the declared type, and a JSON body validates
 * against the operation's request schema.
 */

interface Operation {
  template: string;
  method: string;
  pattern: RegExp;
  pathParams: string[];
  spec: Record<string, any>;
}

const require = createRequire(import.meta.url);
let loaded: { doc: Record<string, any>; operations: Operation[]; ajv: Ajv } | null = null;
const validators = new Map<string, ValidateFunction>();

function load() {
  if (loaded) return loaded;
  const doc = require('@octokit/openapi/generated/api.github.com.json') as Record<string, any>;
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<Record<string, any>>(doc.paths)) {
    const pathParams: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      pathParams.push(name);
      return '([^/]+)';
    });
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      if (item[method]) operations.push({ template, method, pattern: new RegExp(`^${source}$`), pathParams, spec: item[method] });
    }
  }
  // Literal paths first: /pulls/comments must not be read as /pulls/{pull_number}.
  operations.sort((a, b) => a.pathParams.length - b.pathParams.length);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
  ajv.addSchema(doc, 'github');
  loaded = { doc, operations, ajv };
  return loaded;
}

function resolve(doc: Record<string, any>, node: Record<string, any>): Record<string, any> {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((o: any, key: string) => o?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return current;
}

function pointer(parts: string[]): string {
  return parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** Problems found, empty when the request is one GitHub documents. */
export function checkRequest(method: string, path: string, query: URLSearchParams, body: unknown): string[] {
  const { doc, operations, ajv } = load();
  const m = method.toLowerCase();
  const op = operations.find((o) => o.method === m && o.pattern.test(path));
  if (!op) return [`${method} ${path}: no such operation in GitHub's OpenAPI description`];
  const problems: string[] = [];
  const params = (op.spec.parameters ?? []).map((p: Record<string, any>) => resolve(doc, p));
  const values = op.pattern.exec(path)!.slice(1);
  op.pathParams.forEach((name, i) => {
    const declared = params.find((p: Record<string, any>) => p.in === 'path' && p.name === name);
    if (!declared) problems.push(`${method} ${op.template}: path parameter ${name} not declared`);
    else if (declared.schema?.type === 'integer' && !/^\d+$/.test(decodeURIComponent(values[i]))) {
      problems.push(`${method} ${op.template}: path parameter ${name}=${values[i]} is not an integer`);
    }
  });
  for (const [name, value] of query) {
    const declared = params.find((p: Record<string, any>) => p.in === 'query' && p.name === name);
    if (!declared) {
      problems.push(`${method} ${op.template}: query parameter ${name} is not declared`);
      continue;
    }
    const schema = resolve(doc, declared.schema ?? {});
    if (schema.type === 'integer' && !/^\d+$/.test(value)) problems.push(`${method} ${op.template}: ${name}=${value} is not an integer`);
    if (schema.enum && !schema.enum.includes(value)) problems.push(`${method} ${op.template}: ${name}=${value} not in ${schema.enum.join('|')}`);
    if (typeof schema.maximum === 'number' && Number(value) > schema.maximum) problems.push(`${method} ${op.template}: ${name}=${value} above ${schema.maximum}`);
  }
  for (const p of params) {
    if (p.in === 'query' && p.required && !query.has(p.name)) problems.push(`${method} ${op.template}: required query parameter ${p.name} missing`);
  }
  const requestBody = op.spec.requestBody ? resolve(doc, op.spec.requestBody) : null;
  if (requestBody?.content?.['application/json']) {
    if (body === undefined) {
      if (requestBody.required) problems.push(`${method} ${op.template}: JSON body required`);
    } else {
      const ref = `github#/${pointer(['paths', op.template, op.method, 'requestBody', 'content', 'application/json', 'schema'])}`;
      let validate = validators.get(ref);
      if (!validate) {
        validate = ajv.compile({ $ref: ref });
        validators.set(ref, validate);
      }
      if (!validate(body)) problems.push(`${method} ${op.template}: body ${ajv.errorsText(validate.errors)}`);
    }
  } else if (body !== undefined && m !== 'get' && m !== 'delete') {
    problems.push(`${method} ${op.template}: takes no JSON body`);
  }
  return problems;
}
