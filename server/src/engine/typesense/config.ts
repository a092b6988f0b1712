/**
 * Typesense settings from environment variables, for the entry point only (nothing
 * below it reads the environment). No TYPESENSE_NODES / TYPESENSE_URL: undefined,
 * and the entry point keeps the embedded engine.
 */

export interface TypesenseNode {
  protocol: 'http' | 'https';
  host: string;
  port: number;
  path: string;
}

export interface TypesenseConfig {
  nodes: TypesenseNode[];
  apiKey: string;
  nearestNode?: TypesenseNode;
  collection?: string;
  connectionTimeoutSeconds?: number;
  numRetries?: number;
  retryIntervalSeconds?: number;
  healthcheckIntervalSeconds?: number;
}

export class TypesenseConfigError extends Error {
  constructor(message: string) {
    super(`Typesense configuration: ${message}`);
    this.name = 'TypesenseConfigError';
  }
}

/** `https://host:443` (the port defaults by protocol, a path is kept for proxies). */
export function parseNode(text: string, variable: string): TypesenseNode {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new TypesenseConfigError(`${variable}: "${text}" is not a URL such as https://typesense.example.org:443.`);
  }
  const protocol = url.protocol.slice(0, -1);
  if (protocol !== 'http' && protocol !== 'https') throw new TypesenseConfigError(`${variable}: "${text}" must use http or https.`);
  if (url.search || url.hash || url.username) throw new TypesenseConfigError(`${variable}: "${text}" must not carry a query, fragment or credentials.`);
  const port = url.port ? Number(url.port) : protocol === 'https' ? 443 : 80;
  return { protocol, host: url.hostname, port, path: url.pathname.replace(/\/+$/, '') };
}

function positive(env: Readonly<Record<string, string | undefined>>, name: string, integer: boolean): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const value = Number(text);
  if (!(value >= 0) || (integer && !Number.isInteger(value))) {
    throw new TypesenseConfigError(`${name}: "${text}" must be a ${integer ? 'whole number' : 'number'} >= 0.`);
  }
  return value;
}

export function typesenseConfigFromEnv(env: Readonly<Record<string, string | undefined>>): TypesenseConfig | undefined {
  const list = env.TYPESENSE_NODES?.trim() || env.TYPESENSE_URL?.trim();
  if (!list) return undefined;
  const variable = env.TYPESENSE_NODES?.trim() ? 'TYPESENSE_NODES' : 'TYPESENSE_URL';
  const nodes = list.split(',').filter((item) => item.trim()).map((item) => parseNode(item, variable));
  const apiKey = env.TYPESENSE_API_KEY?.trim();
  if (!apiKey) throw new TypesenseConfigError('TYPESENSE_API_KEY is required with TYPESENSE_NODES.');
  const config: TypesenseConfig = { nodes, apiKey };
  const nearest = env.TYPESENSE_NEAREST_NODE?.trim();
  if (nearest) config.nearestNode = parseNode(nearest, 'TYPESENSE_NEAREST_NODE');
  const collection = env.TYPESENSE_COLLECTION?.trim();
  if (collection) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(collection)) throw new TypesenseConfigError(`TYPESENSE_COLLECTION: "${collection}" must be letters, digits, _ or -.`);
    config.collection = collection;
  }
  const numbers = {
    connectionTimeoutSeconds: positive(env, 'TYPESENSE_CONNECTION_TIMEOUT_SECONDS', false),
    numRetries: positive(env, 'TYPESENSE_NUM_RETRIES', true),
    retryIntervalSeconds: positive(env, 'TYPESENSE_RETRY_INTERVAL_SECONDS', false),
    healthcheckIntervalSeconds: positive(env, 'TYPESENSE_HEALTHCHECK_INTERVAL_SECONDS', false),
  };
  for (const [name, value] of Object.entries(numbers)) if (value !== undefined) Object.assign(config, { [name]: value });
  return config;
}
