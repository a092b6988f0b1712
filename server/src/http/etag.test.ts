import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { jsonWithETag, weakETag } from './etag.js';

describe('weakETag', () => {
  it('is a weak tag of hex digits, the same for the same text', () => {
    const text = JSON.stringify({ found: 2, hits: ['Clair-Net du Littoral'] });
    expect(weakETag(text)).toMatch(/^W\/"[0-9a-f]+"$/);
    expect(weakETag(text)).toBe(weakETag(`${text}`));
  });

  it('changes when any one character changes, odd or even position, or the length', () => {
    const text = 'Nettoyage industriel : un service réactif et solidaire.';
    const tags = new Set([weakETag(text)]);
    for (let i = 0; i < text.length; i++) tags.add(weakETag(text.slice(0, i) + '_' + text.slice(i + 1)));
    tags.add(weakETag(text + ' '));
    tags.add(weakETag(text.slice(0, -1)));
    expect(tags.size).toBe(text.length + 3);
  });

  it('tells apart texts beyond Latin-1 that differ in one unit of a pair', () => {
    expect(weakETag('ab’')).not.toBe(weakETag('ab‘'));
    expect(weakETag('’a')).not.toBe(weakETag('‘a'));
  });
});

describe('jsonWithETag', () => {
  it('answers the JSON text as c.json would, with the ETag of that very text', async () => {
    const value = { found: 1, hits: [{ supplier: { name: 'ESAT Les Ateliers' } }] };
    const app = new Hono().get('/', (c) => jsonWithETag(c, value));
    const res = await app.request('/');
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(text).toBe(JSON.stringify(value));
    expect(res.headers.get('etag')).toBe(weakETag(text));
  });
});
