import { describe, expect, it } from 'vitest';
import { mailHref, telHref, webHref } from './links.js';

describe('links from supplier data', () => {
  it('keeps http(s) websites and reads a bare domain as https', () => {
    expect(webHref('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
    expect(webHref(' www.example.org ')).toBe('https://www.example.org/');
  });

  it('refuses other schemes and what is not a URL', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>', 'ftp://example.org', 'vbscript:x', 'not a url', '', undefined]) {
      expect(webHref(url), String(url)).toBeUndefined();
    }
  });

  it('makes mailto and tel links only of plausible addresses and numbers', () => {
    expect(mailHref('contact@example.org')).toBe('mailto:contact@example.org');
    expect(mailHref('javascript:alert(1)')).toBeUndefined();
    expect(mailHref('a@b.fr?subject=<script>')).toBeUndefined();
    expect(telHref('01 02 03 04 05')).toBe('tel:0102030405');
    expect(telHref('+33 1 02 03 04 05')).toBe('tel:+33102030405');
    expect(telHref('call me')).toBeUndefined();
  });
});
