/** Opening the need dialog of a mounted <inclusif-search> and reaching into it, without sleeps. */
import type { InclusifNeedDialog } from '../src/need-dialog.js';
import type { InclusifSearch } from '../src/search.js';
import { $, untilIn } from './fixture.js';

export { untilIn };

export const dialogElement = (el: InclusifSearch) => $<InclusifNeedDialog>(el, 'inclusif-need-dialog');

/** The <dialog> of the need dialog. */
export const modal = (el: InclusifSearch) => dialogElement(el)?.shadowRoot?.querySelector('dialog') ?? null;

/** An element inside the need dialog. */
export const inDialog = <T extends Element = HTMLElement>(el: InclusifSearch, selector: string) =>
  dialogElement(el)!.shadowRoot!.querySelector<T>(selector);

/** Clicks `button` (which opens the dialog, loading it the first time) and waits until the dialog is shown. */
export async function openWith(el: InclusifSearch, button: HTMLElement): Promise<InclusifNeedDialog> {
  button.click();
  await untilIn(el.shadowRoot!, () => !!dialogElement(el));
  const dialog = dialogElement(el)!;
  await dialog.updateComplete;
  await untilIn(dialog.shadowRoot!, () => !!modal(el)?.open && dialog.shadowRoot!.activeElement !== null);
  return dialog;
}

/** Types into a control of the dialog as a buyer would: the value, then an input event. */
export function fill(el: InclusifSearch, id: string, value: string) {
  const control = inDialog<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Fills every required field of a need with acceptable values. */
export async function fillRequired(el: InclusifSearch) {
  fill(el, 'need-title', 'Plateaux-repas pour un séminaire');
  fill(el, 'need-description', '80 plateaux-repas le 12 janvier, livrés sur place.');
  fill(el, 'need-deadline', '2099-01-10');
  fill(el, 'need-amount', '1-5K');
  fill(el, 'need-buyer-name', 'Camille Martin');
  fill(el, 'need-buyer-organisation', 'Ville de Lyon');
  fill(el, 'need-buyer-email', 'camille.martin@example.org');
  await dialogElement(el)!.updateComplete;
}

/** Submits the form and waits for the post to settle (the submit button is usable again). */
export async function submit(el: InclusifSearch) {
  const dialog = dialogElement(el)!;
  inDialog(el, 'button[type="submit"]')!.click();
  await dialog.updateComplete;
  await untilIn(dialog.shadowRoot!, () => inDialog(el, '[aria-disabled="true"]') === null);
  await dialog.updateComplete;
}
