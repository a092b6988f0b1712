/**
 * Registers <inclusif-potential>, once (a page may include the script twice). Also the
 * entry of dist/inclusif-potential.js, the element's own small file for a script tag.
 */
import { InclusifPotential } from './potential.js';

export const potentialTagName = 'inclusif-potential';

export function defineInclusifPotential(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(potentialTagName)) registry.define(potentialTagName, InclusifPotential);
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusif-potential': InclusifPotential;
  }
}

defineInclusifPotential();
