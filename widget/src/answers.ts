/**
 * What the element asks the API, as tasks: the taxonomy, the search (with its loading
 * indicator), the suggestions, and the language's strings.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState as notYet } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import type { InclusifClient } from '../../sdk/src/index.js';
import type { SearchRequest, SearchResponse, Suggestion } from '../../sdk/src/types.js';
import { orderSuggestions } from './combobox.js';
import type { Operation } from './events.js';
import { loadLanguage } from './i18n.js';
import { loadOutcomes } from './results.js';

export interface AnswersHost extends ReactiveControllerHost {
  lang: string;
  /** Milliseconds before `loading` is set. */
  loadingDelay: number;
  loading: boolean;
  /** The search to run now. */
  request(): SearchRequest;
}

export interface AnswersOptions {
  api: () => InclusifClient | undefined;
  /** The text typed, for the suggestions. */
  text: () => string;
  onResults: (response: SearchResponse) => void;
  onSuggestions: () => void;
  onError: (operation: Operation, error: unknown) => void;
}

export class Answers {
  private loadingTimer?: ReturnType<typeof setTimeout>;

  readonly taxonomy: Task<readonly [InclusifClient | undefined], Awaited<ReturnType<InclusifClient['taxonomy']>>>;
  readonly search: Task<readonly [InclusifClient | undefined, SearchRequest], SearchResponse>;
  readonly language: Task<readonly [string], void>;
  readonly suggest: Task<readonly [InclusifClient | undefined, string], Suggestion[]>;

  constructor(host: AnswersHost, { api, text, onResults, onSuggestions, onError }: AnswersOptions) {
    this.taxonomy = new Task(host, {
      task: ([client], { signal }) => (client ? client.taxonomy({ signal }) : notYet),
      args: () => [api()] as const,
      onError: (error) => onError('taxonomy', error),
    });
    this.search = new Task(host, {
      task: async ([client, request], { signal }) => {
        if (!client) return notYet;
        clearTimeout(this.loadingTimer);
        this.loadingTimer = setTimeout(() => (host.loading = true), host.loadingDelay);
        try {
          const response = await client.search(request, { signal });
          if (!response.hits.length) await loadOutcomes();
          return response;
        } catch (error) {
          if (!signal.aborted) await loadOutcomes().catch(() => undefined);
          throw error;
        } finally {
          // An aborted run was replaced by a newer one, which owns the indicator now.
          if (!signal.aborted) {
            clearTimeout(this.loadingTimer);
            host.loading = false;
          }
        }
      },
      args: () => [api(), host.request()] as const,
      argsEqual: deepArrayEquals,
      onComplete: onResults,
      onError: (error) => onError('search', error),
    });
    this.language = new Task(host, {
      task: async ([lang]) => loadLanguage(lang),
      args: () => [host.lang] as const,
    });
    this.suggest = new Task(host, {
      task: async ([client, typed], { signal }): Promise<Suggestion[]> => {
        if (!client || typed.length < 2) return [];
        // The same keystroke's search goes first, alone, and its results are rendered before
        // the suggestions are asked for: both would share the server and this thread, and the
        // results matter more than the suggestions.
        await this.search.taskComplete.catch(() => {});
        await host.updateComplete;
        signal.throwIfAborted();
        return orderSuggestions((await client.suggest(typed, { signal })).suggestions);
      },
      args: () => [api(), text().trim()] as const,
      onComplete: onSuggestions,
      onError: (error) => onError('suggest', error),
    });
  }

  /** Whether the first answers a frame needs are still awaited (the strings; the search and taxonomy when there is an API). */
  awaiting(withApi: boolean): boolean {
    const pending = (task: Task<never, unknown> | Task<readonly unknown[], unknown>) => task.status === TaskStatus.PENDING;
    return pending(this.language as never) || (withApi && (pending(this.search as never) || pending(this.taxonomy as never)));
  }

  stop() {
    clearTimeout(this.loadingTimer);
  }
}
