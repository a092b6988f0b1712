/** Links built from supplier data: only http(s), mailto and tel, never `javascript:` or the like. */

/** The URL if it is an absolute http(s) URL; a bare domain ("example.org") is read as https. */
export function webHref(website: string | undefined): string | undefined {
  if (!website) return;
  const text = website.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) return url.href;
  } catch {
    // Not a URL: no link.
  }
  return undefined;
}

export function mailHref(email: string | undefined): string | undefined {
  const text = email?.trim();
  return text && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text) ? `mailto:${encodeURIComponent(text).replace('%40', '@')}` : undefined;
}

export function telHref(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[^\d+]/g, '');
  return digits && /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : undefined;
}
