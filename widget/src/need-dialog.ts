/**
 * The "post a need" dialog: a native modal <dialog> (focus moved in and kept inside,
 * Escape closes, focus given back to the button that opened it), loaded by the search
 * element only when a buyer asks for it. Its state is need-form.ts; here, only rendering.
 * @tagname inclusif-need-dialog
 */
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { NeedCreated, NeedInput, Taxonomy } from '../../sdk/src/types.js';
import { strings } from './i18n.js';
import { needStrings, type NeedStrings } from './need-i18n.js';
import { check, controlId, field, selectField, textField, type TextView } from './need-fields.js';
import { renderScope } from './need-scope.js';
import * as F from './need-form.js';
import { displayName } from './card.js';
import { styles } from './need-dialog.styles.js';

/** The search the draft is made from (see `draftFromSearch`), and where focus goes back. */
export interface NeedDialogOptions extends F.Prefill {
  /** Gets focus back when the dialog closes. */
  opener?: HTMLElement;
}

export type PostNeed = (input: NeedInput) => Promise<NeedCreated>;

export class InclusifNeedDialog extends LitElement {
  static override styles = styles;

  @property() override lang = '';
  @property({ attribute: false }) taxonomy?: Taxonomy;
  /** Posts the need (the search element's client). */
  @property({ attribute: false }) post?: PostNeed;

  @state() private options?: NeedDialogOptions;
  @state() private draft?: F.NeedDraft;
  @state() private errors: F.NeedErrors = {};
  @state() private formError?: 'invalid' | 'rateLimited' | 'failed';
  @state() private sending = false;
  @state() private created?: NeedCreated['need'];
  private tried = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  /** Opens the dialog with a draft made from the search; resolves once it is shown. */
  async show(options: NeedDialogOptions) {
    this.options = options;
    this.draft = F.draftFromSearch(options);
    this.errors = {};
    this.formError = undefined;
    this.created = undefined;
    this.tried = false;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  close() {
    this.dialog?.close();
  }

  private onClose = () => {
    const opener = this.options?.opener;
    this.options = undefined;
    this.draft = undefined;
    opener?.focus();
  };

  /** A change by the buyer; once a post was tried, errors follow the fields as they are fixed. */
  private change(patch: Partial<F.NeedDraft>, edited: F.NeedField | undefined) {
    this.draft = { ...this.draft!, ...patch };
    if (!this.tried) return;
    const fromServer = Object.entries(this.errors).filter(([name, error]) => typeof error === 'object' && name !== edited);
    this.errors = { ...Object.fromEntries(fromServer), ...F.validate(this.draft, F.localDate(new Date())) };
  }

  private buyer(patch: Partial<F.NeedDraft['buyer']>, edited: F.NeedField) {
    this.change({ buyer: { ...this.draft!.buyer, ...patch } }, edited);
  }

  /** Adds or removes one value of a list field (ticked or unticked). */
  private toggle(key: 'sectors' | 'kinds' | 'prestaTypes', value: string, on: boolean) {
    const values = (this.draft![key] as string[]).filter((v) => v !== value);
    this.change({ [key]: on ? [...values, value] : values }, key === 'sectors' ? 'sectors' : undefined);
  }

  private async focusFirstInvalid() {
    await this.updateComplete;
    const first = F.firstInvalid(this.errors);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${controlId(first)}`)?.focus();
  }

  private onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.sending || !this.draft || !this.post) return;
    this.tried = true;
    this.formError = undefined;
    this.errors = F.validate(this.draft, F.localDate(new Date()));
    if (F.firstInvalid(this.errors)) return this.focusFirstInvalid();
    this.sending = true;
    try {
      const { need } = await this.post(F.toNeedInput(this.draft, strings(this.lang).lang));
      this.created = need;
      this.dispatchEvent(new CustomEvent('inclusif-need', { detail: { need }, bubbles: true, composed: true }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.sent h2')?.focus();
    } catch (error) {
      const failure = F.errorsFromFailure(error);
      this.errors = failure.errors;
      this.formError = failure.form;
      await this.focusFirstInvalid();
    } finally {
      this.sending = false;
    }
  };

  override render() {
    const { lang } = strings(this.lang);
    const t = needStrings(lang);
    const supplier = this.options?.supplier;
    const title = supplier ? t.quoteTitle(displayName(supplier)) : t.title;
    return html`<dialog part="dialog" aria-labelledby="need-dialog-title" lang=${lang} @close=${this.onClose}>
      <div class="head">
        <h2 id="need-dialog-title" tabindex="-1">${this.created ? t.sentTitle : title}</h2>
        <button type="button" class="close" part="close" aria-label=${t.close} @click=${() => this.close()}>×</button>
      </div>
      ${this.created ? this.renderSent(t) : this.draft ? this.renderForm(t, this.draft, lang) : nothing}
    </dialog>`;
  }

  private renderSent(t: NeedStrings) {
    const { found, withEmail } = this.created!.recipients;
    return html`<div class="sent" role="status">
      <p>${t.sent(this.draft?.buyer.email.trim() ?? '')}</p>
      <p>${this.options?.supplier ? t.quoteRecipient : t.recipients(found, withEmail)}</p>
      <div class="buttons"><button type="button" @click=${() => this.close()}>${t.close}</button></div>
    </div>`;
  }

  private renderForm(t: NeedStrings, draft: F.NeedDraft, lang: 'fr' | 'en') {
    const { errors } = this;
    const supplier = this.options?.supplier;
    const count = Object.keys(errors).length;
    const today = F.localDate(new Date());
    const { buyer } = draft;
    return html`<form novalidate @submit=${this.onSubmit}>
      <p class="intro">${supplier ? t.quoteIntro(displayName(supplier)) : t.intro}</p>
      <div class=${count || this.formError ? 'summary shown' : 'summary'} role="alert">
        ${count ? html`<p>${t.errorCount(count)}</p>` : nothing}
        ${this.formError ? html`<p>${t.form[this.formError]}</p>` : nothing}
      </div>
      <fieldset>
        <legend>${t.need}</legend>
        <fieldset class="radios">
          <legend>${t.kind}</legend>
          ${F.needKinds.map(
            (kind, i) => html`<label class="check">
              <input
                type="radio"
                name="kind"
                id=${i ? nothing : controlId('kind')}
                .checked=${draft.kind === kind}
                @change=${() => this.change({ kind }, 'kind')}
              />
              <span>${t.kinds[kind]}</span>
            </label>`,
          )}
        </fieldset>
        ${this.text(t, 'title', t.needTitle, draft.title, (title) => this.change({ title }, 'title'), { hint: t.needTitleHint })}
        ${this.renderDescription(t, draft)}
        ${supplier
          ? nothing
          : renderScope({
              t,
              lang,
              taxonomy: this.taxonomy,
              draft,
              errors,
              place: this.options?.place,
              onToggle: (key, value, on) => this.toggle(key, value, on),
              onChange: (patch, edited) => this.change(patch, edited),
            })}
        ${this.text(t, 'deadline', t.deadline, draft.deadline, (deadline) => this.change({ deadline }, 'deadline'), {
          type: 'date',
          min: today,
        })}
        ${this.text(t, 'startDate', t.startDate, draft.startDate, (startDate) => this.change({ startDate }, 'startDate'), {
          type: 'date',
          optional: true,
          min: today,
        })}
        ${selectField({
          t,
          field: 'amount',
          label: t.amount,
          error: errors.amount,
          onChange: (amount) => this.change({ amount: amount as F.NeedDraft['amount'] }, 'amount'),
          options: html`<option value="" ?selected=${!draft.amount}>${t.choose}</option>
            ${F.needAmounts.map((amount) => html`<option value=${amount} ?selected=${draft.amount === amount}>${t.amounts[amount]}</option>`)}`,
        })}
        ${check(t.reservedLot, draft.reservedLot, (reservedLot) => this.change({ reservedLot }, undefined))}
        ${check(t.acceptsCoContracting, draft.acceptsCoContracting, (accepts) => this.change({ acceptsCoContracting: accepts }, undefined))}
        ${this.text(t, 'externalLink', t.externalLink, draft.externalLink, (externalLink) => this.change({ externalLink }, 'externalLink'), {
          type: 'url',
          optional: true,
          hint: t.externalLinkHint,
        })}
      </fieldset>
      <fieldset>
        <legend>${t.you}</legend>
        ${this.text(t, 'buyer.name', t.name, buyer.name, (name) => this.buyer({ name }, 'buyer.name'), { autocomplete: 'name' })}
        ${this.text(t, 'buyer.organisation', t.organisation, buyer.organisation, (value) => this.buyer({ organisation: value }, 'buyer.organisation'), {
          autocomplete: 'organization',
        })}
        ${this.text(t, 'buyer.email', t.email, buyer.email, (email) => this.buyer({ email }, 'buyer.email'), {
          type: 'email',
          autocomplete: 'email',
          hint: t.emailHint,
        })}
        ${this.text(t, 'buyer.phone', t.phone, buyer.phone, (phone) => this.buyer({ phone }, 'buyer.phone'), {
          type: 'tel',
          autocomplete: 'tel',
          optional: true,
        })}
        <div class="honeypot" aria-hidden="true">
          <label for="need-homepage">${t.honeypot}</label>
          <input
            id="need-homepage"
            name="homepage"
            tabindex="-1"
            autocomplete="off"
            .value=${draft.homepage}
            @input=${(event: Event) => this.change({ homepage: (event.target as HTMLInputElement).value }, undefined)}
          />
        </div>
      </fieldset>
      <p class="privacy" part="privacy">${t.privacy}</p>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => this.close()}>${t.cancel}</button>
        <button type="submit" part="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? t.sending : t.submit}
        </button>
      </div>
    </form>`;
  }

  /** A text input tied to its field's label, hint and error. */
  private text(
    t: NeedStrings,
    name: F.NeedField,
    label: string,
    value: string,
    onInput: (value: string) => void,
    extra: Pick<TextView, 'type' | 'hint' | 'optional' | 'autocomplete' | 'min'> = {},
  ) {
    return textField({ t, field: name, label, value, onInput, error: this.errors[name], ...extra });
  }

  private renderDescription(t: NeedStrings, draft: F.NeedDraft) {
    const view = { t, field: 'description' as const, label: t.description, hint: t.descriptionHint, error: this.errors.description };
    return field(
      view,
      ({ id, describedBy, invalid }) => html`<textarea
        id=${id}
        rows="5"
        required
        aria-describedby=${describedBy ?? nothing}
        aria-invalid=${invalid ?? nothing}
        .value=${draft.description}
        @input=${(event: Event) => this.change({ description: (event.target as HTMLTextAreaElement).value }, 'description')}
      ></textarea>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inclusif-need-dialog': InclusifNeedDialog;
  }
}

if (!customElements.get('inclusif-need-dialog')) customElements.define('inclusif-need-dialog', InclusifNeedDialog);
