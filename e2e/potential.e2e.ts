/**
 * <inclusif-potential> on the procurement portal page: the sentence it shows is the
 * API's count for the tender's place and sectors, within the portal key's scope.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { PotentialResponse } from '../sdk/src/types.js';
import { usePages } from './support/suite.js';

const pages = usePages();
const baseUrl = inject('baseUrl');

describe('the inclusive potential on the portal page', () => {
  it('says how many Bretagne suppliers can clean in Rennes and how many are eligible to reserved lots, as the API counts them', async () => {
    const { page } = await pages.open('/portal.html');
    await page.evaluate(async () => {
      type Potential = HTMLElement & { updateComplete: Promise<boolean>; potentialComplete: Promise<unknown> };
      const element = document.querySelector('inclusif-potential') as Potential;
      await element.updateComplete;
      await element.potentialComplete;
      await element.updateComplete;
    });
    const query = 'sector=nettoyage-de-locaux-16,nettoyage-specifique-chantiers-parkings-6&serves=commune:35238';
    const response = await fetch(`${baseUrl}/v1/potential?${query}`, { headers: { 'x-api-key': 'pk_demo_portail_bretagne' } });
    const potential = (await response.json()) as PotentialResponse;
    expect(potential.found).toBeGreaterThan(0);

    const sentence = (await page.locator('inclusif-potential [part="sentence"]').innerText()).replace(/\s+/g, ' ');
    expect(sentence).toBe(
      `${potential.found} structures inclusives peuvent intervenir à Rennes en nettoyage de locaux ou nettoyage spécifique (chantiers, parkings, hôpitaux, hôtellerie...), dont ${potential.reservedLots} éligibles aux marchés réservés.`,
    );
    // The README's picture of the element, as the portal shows it.
    await page.locator('section.potential').screenshot({ path: fileURLToPath(new URL('../docs/screenshot-potential.png', import.meta.url)) });

    await page.locator('inclusif-potential [part="need"]').click();
    expect(new URL(page.url()).hash).toBe('#suppliers-title');
  });
});
