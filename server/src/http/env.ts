import type { Filter } from '../query/types.js';
import type { Caller } from '../keys/types.js';

/** What middleware hands to the routes through the Hono context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /**
     * The calling key's scope, ANDed into every query; set by the keys middleware,
     * absent for unscoped access.
     */
    scope?: Filter;
    /** Who is calling (anonymous, a site key, an admin key); set by the keys middleware. */
    caller?: Caller;
    /**
     * Takes the rest of a request's cost once the route knows the work asked (http/rate-limit/work.ts);
     * set by the rate-limit middleware, which took one token already. Absent when nothing is charged.
     */
    chargeWork?: (tokens: number) => Promise<void>;
  };
}
