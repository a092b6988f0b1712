import { describe, expect, it } from 'vitest';
import { TypesenseConfigError, typesenseConfigFromEnv } from './config.js';

describe('typesenseConfigFromEnv', () => {
  it('means the embedded engine when no Typesense node is set', () => {
    expect(typesenseConfigFromEnv({})).toBeUndefined();
    expect(typesenseConfigFromEnv({ TYPESENSE_API_KEY: 'xyz', TYPESENSE_NODES: ' ' })).toBeUndefined();
  });

  it('reads every node, the key, the nearest node, timeouts and retries', () => {
    expect(
      typesenseConfigFromEnv({
        TYPESENSE_NODES: 'https://a.example.org:443, https://b.example.org,http://10.0.0.3:8108/ts/',
        TYPESENSE_API_KEY: 'xyz',
        TYPESENSE_NEAREST_NODE: 'https://near.example.org:8443',
        TYPESENSE_COLLECTION: 'fournisseurs',
        TYPESENSE_CONNECTION_TIMEOUT_SECONDS: '1.5',
        TYPESENSE_NUM_RETRIES: '4',
        TYPESENSE_RETRY_INTERVAL_SECONDS: '0.2',
        TYPESENSE_HEALTHCHECK_INTERVAL_SECONDS: '30',
      }),
    ).toEqual({
      nodes: [
        { protocol: 'https', host: 'a.example.org', port: 443, path: '' },
        { protocol: 'https', host: 'b.example.org', port: 443, path: '' },
        { protocol: 'http', host: '10.0.0.3', port: 8108, path: '/ts' },
      ],
      apiKey: 'xyz',
      nearestNode: { protocol: 'https', host: 'near.example.org', port: 8443, path: '' },
      collection: 'fournisseurs',
      connectionTimeoutSeconds: 1.5,
      numRetries: 4,
      retryIntervalSeconds: 0.2,
      healthcheckIntervalSeconds: 30,
    });
  });

  it('takes TYPESENSE_URL as a single node', () => {
    expect(typesenseConfigFromEnv({ TYPESENSE_URL: 'http://localhost:8108', TYPESENSE_API_KEY: 'k' })).toEqual({
      nodes: [{ protocol: 'http', host: 'localhost', port: 8108, path: '' }],
      apiKey: 'k',
    });
  });

  it('refuses what it cannot use, naming the variable', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        typesenseConfigFromEnv(env);
      } catch (error) {
        expect(error).toBeInstanceOf(TypesenseConfigError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal({ TYPESENSE_NODES: 'https://a:443' })).toMatch(/TYPESENSE_API_KEY is required/);
    expect(refusal({ TYPESENSE_NODES: 'a:443', TYPESENSE_API_KEY: 'k' })).toMatch(/TYPESENSE_NODES: "a:443" must use http or https/);
    expect(refusal({ TYPESENSE_NODES: 'not a url', TYPESENSE_API_KEY: 'k' })).toMatch(/is not a URL/);
    expect(refusal({ TYPESENSE_NODES: 'https://u:p@a', TYPESENSE_API_KEY: 'k' })).toMatch(/credentials/);
    expect(refusal({ TYPESENSE_NODES: 'https://a', TYPESENSE_API_KEY: 'k', TYPESENSE_NUM_RETRIES: '2.5' })).toMatch(/TYPESENSE_NUM_RETRIES: "2.5" must be a whole number/);
    expect(refusal({ TYPESENSE_NODES: 'https://a', TYPESENSE_API_KEY: 'k', TYPESENSE_COLLECTION: 'a b' })).toMatch(/TYPESENSE_COLLECTION/);
  });
});
