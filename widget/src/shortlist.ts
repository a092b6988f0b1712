/**
 * "Ma sélection": the suppliers a buyer keeps across searches while preparing a
 * consultation, in the page's localStorage under a key of its own per site (endpoint and
 * site key), exported as CSV for a spreadsheet and shared as a link.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Supplier } from '../../sdk/src/types.js';

/** Enough for any consultation; keeps what is stored (and the share link) small. */
export const SHORTLIST_MAX = 100;

/** What is kept of a supplier: what the export and the list show, not its whole record. */
export type KeptSupplier = Pick<Supplier, 'id' | 'siret' | 'name' | 'brand' | 'kind' | 'address' | 'contact' | 'website' | 'activities'>;

export function keep({ id, siret, name, brand, kind, address, contact, website, activities }: Supplier): KeptSupplier {
  return { id, siret, name, brand, kind, address, contact, website, activities };
}

export interface ShortlistHost extends ReactiveControllerHost {
  endpoint: string;
  apiKey: string;
}

export class ShortlistController implements ReactiveController {
  private kept: KeptSupplier[] = [];
  private loadedFrom?: string;

  constructor(private readonly host: ShortlistHost) {
    host.addController(this);
  }

  private get storageKey() {
    return `inclusif-search:shortlist:${this.host.endpoint}|${this.host.apiKey}`;
  }

  /** Read once per site: the element's endpoint and key are set by then. */
  hostUpdate() {
    if (this.loadedFrom === this.storageKey) return;
    this.loadedFrom = this.storageKey;
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(this.storageKey) ?? '[]');
      this.kept = Array.isArray(stored) ? stored.filter((s): s is KeptSupplier => typeof s?.id === 'string' && !!s.address) : [];
    } catch {
      // Unreadable or unavailable storage (private mode, another script's data): start empty.
      this.kept = [];
    }
  }

  get suppliers(): readonly KeptSupplier[] {
    return this.kept;
  }

  has = (id: string) => this.kept.some((s) => s.id === id);

  toggle = (supplier: Supplier | KeptSupplier) => {
    this.save(this.has(supplier.id) ? this.kept.filter((s) => s.id !== supplier.id) : [...this.kept, keep(supplier as Supplier)]);
  };

  /** Adds suppliers (from a shared link) not kept yet. */
  add(suppliers: readonly Supplier[]) {
    this.save([...this.kept, ...suppliers.filter((s) => !this.has(s.id)).map(keep)]);
  }

  private save(next: KeptSupplier[]) {
    this.kept = next.slice(0, SHORTLIST_MAX);
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(this.kept));
    } catch {
      // Storage full or refused: the shortlist still lives for this page.
    }
    this.host.requestUpdate();
  }
}
