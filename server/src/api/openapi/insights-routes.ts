/** The insights routes (api/insights, api/events) in the document; served when the app has a database for them. */
import { insightsQuerySchema } from '../insights/index.js';
import type { Route } from './route.js';
import { queryParameters, ref } from './schemas.js';
import type { SecurityRequirement } from './types.js';

const ADMIN_SECURITY: SecurityRequirement[] = [{ adminKey: [] }];
const MOUNTED = 'Served when the server records insights (createApp’s insights option: a database).';

const INSIGHTS_PARAMETERS = {
  keyName: { description: 'The site key’s name (as `npm run keys -- list` shows it). Not `key`: that is where a site key may be presented.', example: 'coorace' },
  from: { description: 'First day, YYYY-MM-DD (UTC); 12 weeks before to by default. At most 366 days.', example: '2026-11-01' },
  to: { description: 'Last day, YYYY-MM-DD (UTC); today by default.', example: '2026-11-30' },
};

export function insightsRoutes(): Route[] {
  const parameters = queryParameters(insightsQuerySchema, INSIGHTS_PARAMETERS);
  return [
    {
      method: 'post',
      path: '/v1/events',
      operationId: 'recordEvent',
      tag: 'Search',
      summary: 'Count a contact clicked',
      description: `What the widget sends when a buyer clicks a contact button, for the site’s insights: counted per site key and channel. ${MOUNTED}`,
      requestBody: { description: 'The event.', required: true, content: { 'application/json': { schema: ref('ContactEvent') } } },
      success: { description: 'Not used: the answer is 202.', schema: 'ContactEventRecorded' },
      answers: { 202: { description: 'Counted (recorded: true) or, without a site key, accepted and not counted.', schema: 'ContactEventRecorded' } },
      errors: [400, 401, 403, 404, 413, 429, 500],
      examples: ['/v1/events'],
    },
    {
      path: '/v1/insights',
      operationId: 'getInsights',
      tag: 'Administration',
      summary: 'A site key’s insights',
      description: `Per day: searches, zero results, sheets opened, contacts, needs posted and confirmed, suppliers reached, interested answers, contracts and amounts; the period’s top texts, zero-result searches, sectors, places and contact channels. Counts only: no IP, no key, no person. ${MOUNTED}`,
      parameters,
      success: 'InsightsReport',
      errors: [400, 401, 403, 429, 500],
      security: ADMIN_SECURITY,
      examples: ['/v1/insights?keyName=coorace&from=2026-11-01&to=2026-11-30'],
    },
    {
      path: '/v1/insights.csv',
      operationId: 'getInsightsCsv',
      tag: 'Administration',
      summary: 'A site key’s insights as CSV',
      description: `The same report in long form, one count per line: metric,day,value,count (the daily counts, then the top lists with day empty). ${MOUNTED}`,
      parameters,
      success: { mediaType: 'text/csv', schema: { type: 'string' }, description: 'CSV, UTF-8, CRLF.' },
      errors: [400, 401, 403, 429, 500],
      security: ADMIN_SECURITY,
      examples: ['/v1/insights.csv?keyName=coorace&from=2026-11-01&to=2026-11-30'],
    },
    {
      path: '/admin/insights',
      operationId: 'getInsightsPage',
      tag: 'Administration',
      summary: 'The insights page',
      description: `A form for the admin key, the site key’s name and the period; no script. ${MOUNTED}`,
      success: { mediaType: 'text/html', schema: { type: 'string' }, description: 'An HTML page.' },
      errors: [],
      security: [{}],
      examples: ['/admin/insights'],
    },
    {
      method: 'post',
      path: '/admin/insights',
      operationId: 'postInsightsPage',
      tag: 'Administration',
      summary: 'The insights page, for a key and a period',
      description: `The form posted (same origin only): the report as a page, with inline SVG charts and their tables. The admin key comes in the form and is checked by the page; the page is never cached. ${MOUNTED}`,
      requestBody: {
        description: 'adminKey, keyName, from, to.',
        required: true,
        content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', required: ['adminKey', 'keyName'], properties: { adminKey: { type: 'string' }, keyName: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } } } },
      },
      success: { mediaType: 'text/html', schema: { type: 'string' }, description: 'The report as an HTML page; 400, 401 or 403 the form again with the reason.' },
      errors: [],
      security: [{}],
      examples: ['/admin/insights'],
    },
  ];
}
