/**
 * The needs flow (api/needs/) in the document: the JSON API a site and the SDK call,
 * the admin routes, and the pages the links of the mails open (HTML forms).
 */
import { z } from 'zod';
import { needInputSchema } from '../needs/schema.js';
import type { Route } from './route.js';
import type { JsonSchema, Parameter, RequestBody, SecurityRequirement } from './types.js';

const ADMIN_SECURITY: SecurityRequirement[] = [{ adminKey: [] }];
const NO_KEY: SecurityRequirement[] = [{}];
const MOUNTED = 'Served when the server runs with needs on (createApp’s needs option; `npm start` does).';
const HTML = (description: string) => ({ description, schema: { type: 'string' } as JsonSchema, mediaType: 'text/html' });

const NEED_ID: Parameter = { name: 'id', in: 'path', description: 'The need’s id.', required: true, schema: { type: 'string' }, example: 'zlWxLlhM4Gihcy4K' };
const token = (purpose: string): Parameter => ({
  name: 'token',
  in: 'query',
  description: `The signed link’s token (purpose ${purpose}), as the mail gave it. A tampered, expired or misused token is refused: 403 (410 when expired on a page) naming the reason.`,
  required: true,
  schema: { type: 'string' },
});
const form = (fields: Record<string, JsonSchema>, required: string[]): RequestBody => ({
  description: 'The page’s form, token included.',
  required: true,
  content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { token: { type: 'string' }, ...fields }, required: ['token', ...required] } } },
});

const counts: JsonSchema = { type: 'object', properties: { found: { type: 'integer' }, withEmail: { type: 'integer' } }, required: ['found', 'withEmail'] };
const NEED_CREATED: JsonSchema = {
  type: 'object',
  description: 'NeedCreated (sdk/src/types.ts): the need, unconfirmed, and what it will reach once confirmed.',
  properties: { need: { type: 'object', properties: { id: { type: 'string' }, status: { const: 'unconfirmed' }, recipients: counts }, required: ['id', 'status', 'recipients'] } },
  required: ['need'],
};
const FOLLOW_UP: JsonSchema = {
  type: 'object',
  description: 'NeedFollowUp (sdk/src/types.ts): status, counts (found, withEmail, reached, opened, interested, notInterested), the interested suppliers with their contacts and messages, the recipients without e-mail, the outcome.',
  properties: { need: { type: 'object' } },
  required: ['need'],
};
const EXAMPLE = {
  kind: 'QUOTE',
  title: 'Entretien des espaces verts',
  description: 'Tonte et taille des haies de trois parcs, de mars à octobre.',
  sectors: ['creation-et-entretien-des-espaces-verts'],
  places: ['commune:35238'],
  deadline: '2030-03-01',
  amount: '10-15K',
  buyer: { name: 'Camille Martin', organisation: 'Ville de Rennes', email: 'camille@example.org' },
};

export function needsRoutes(): Route[] {
  return [
    {
      method: 'post',
      path: '/v1/needs',
      operationId: 'postNeed',
      tag: 'Needs',
      summary: 'Post a need',
      description: `Stores the need, unconfirmed, and mails the buyer a confirmation link: nothing reaches a supplier before the buyer confirms. The recipients are the active suppliers that can serve the need’s places for its sectors (the perimeter rule, same activity), of the kinds asked, within the key’s scope, or the named suppliers (supplierIds); recipients.found and withEmail count them now, the list is frozen when the need is sent. A need reaching more than the moderation threshold (500 by default), or posted with a key created with --moderate, waits for an admin after confirmation. Each field is bounded; a 400 names it in error.details.parameter (buyer.email...). A key may not post outside its scope (403: places outside its regions or departments, nationwide, kinds, named suppliers). Posting is limited per key and client address (429). The field homepage is a honeypot: leave it empty. ${MOUNTED}`,
      requestBody: {
        description: 'NeedInput (sdk/src/types.ts).',
        required: true,
        content: { 'application/json': { schema: z.toJSONSchema(needInputSchema, { unrepresentable: 'any' }) as JsonSchema, examples: { quote: { summary: 'A quote request in Rennes', value: EXAMPLE } } } },
      },
      successStatus: 201,
      success: { description: 'Stored, unconfirmed; the confirmation mail is on its way.', schema: NEED_CREATED },
      errors: [400, 401, 403, 413, 429, 500],
      examples: ['/v1/needs'],
    },
    {
      path: '/v1/needs/{id}',
      operationId: 'getNeed',
      tag: 'Needs',
      summary: 'Follow a need (the buyer)',
      description: `The buyer’s follow-up, with the token of the follow-up link of their mails (what the SDK’s needs.get(id, token) reads). ${MOUNTED}`,
      parameters: [NEED_ID, token('follow')],
      success: { description: 'The follow-up.', schema: FOLLOW_UP },
      errors: [401, 403, 404, 429, 500],
    },
    {
      path: '/v1/admin/needs',
      operationId: 'listNeeds',
      tag: 'Needs',
      summary: 'List needs by status (admin)',
      description: `The needs in one status, oldest first (500 at most): moderation by default, those waiting for a decision. ${MOUNTED}`,
      parameters: [{ name: 'status', in: 'query', description: 'unconfirmed, moderation (default), rejected, sent or closed.', required: false, schema: { type: 'string' }, example: 'moderation' }],
      success: { description: 'The needs.', schema: { type: 'object', properties: { needs: { type: 'array', items: { type: 'object' } } } } },
      errors: [400, 401, 403, 500],
      security: ADMIN_SECURITY,
    },
    ...(['approve', 'reject'] as const).map(
      (decision): Route => ({
        method: 'post',
        path: `/v1/admin/needs/{id}/${decision}`,
        operationId: `${decision}Need`,
        tag: 'Needs',
        summary: decision === 'approve' ? 'Approve a need waiting for moderation (admin)' : 'Reject a need waiting for moderation (admin)',
        description: decision === 'approve' ? 'Sends the need to its recipients, frozen now.' : 'Nothing is ever sent. 409 when the need is not waiting for moderation.',
        parameters: [NEED_ID],
        success: { description: 'The need’s status after.', schema: { type: 'object', properties: { need: { type: 'object' } } } },
        answers: { 409: 'ErrorBody' },
        errors: [401, 403, 500],
        security: ADMIN_SECURITY,
      }),
    ),
    {
      path: '/v1/admin/needs/buyers',
      operationId: 'exportBuyer',
      tag: 'Needs',
      summary: 'Export one buyer’s personal data (admin)',
      description: 'Every need posted with this e-mail address (case ignored), with the personal data kept.',
      parameters: [{ name: 'email', in: 'query', description: 'The buyer’s e-mail address.', required: true, schema: { type: 'string', format: 'email' }, example: 'camille@example.org' }],
      success: { description: 'The buyer’s data.', schema: { type: 'object' } },
      errors: [400, 401, 403, 500],
      security: ADMIN_SECURITY,
    },
    {
      method: 'post',
      path: '/v1/admin/needs/buyers/erase',
      operationId: 'eraseBuyer',
      tag: 'Needs',
      summary: 'Erase one buyer’s personal data (admin)',
      description: 'Name, organisation, e-mail and phone erased from every need of this address, and the mail still to send them; the needs and their answers stay, for the counts.',
      requestBody: { description: '{ "email": "..." }', required: true, content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] } } } },
      success: { description: 'How many needs were erased.', schema: { type: 'object', properties: { erased: { type: 'integer' } } } },
      errors: [400, 401, 403, 500],
      security: ADMIN_SECURITY,
    },
    ...pages(),
  ];
}

/** The pages the links of the mails open: server-rendered, plain forms, no key (the token is the right). */
function pages(): Route[] {
  const page = (method: 'get' | 'post', path: string, operationId: string, summary: string, purpose: string, body?: RequestBody): Route => ({
    method,
    path,
    operationId,
    tag: 'Needs',
    summary,
    description: `An HTML page (French, then English) opened from a mail; works without JavaScript. ${MOUNTED}`,
    parameters: method === 'get' ? [NEED_ID, token(purpose)] : [NEED_ID],
    ...(body ? { requestBody: body } : {}),
    success: HTML('The page.'),
    answers: { 403: HTML('The link is refused, and why.') },
    errors: [],
    security: NO_KEY,
  });
  return [
    page('get', '/needs/{id}/confirm', 'confirmPage', 'The buyer confirms their need (a button)', 'confirm'),
    page('post', '/needs/{id}/confirm', 'confirmNeed', 'Confirm: the need is sent, or waits for moderation', 'confirm', form({}, [])),
    page('get', '/needs/{id}/answer', 'answerPage', 'A supplier reads the need (counted as opened)', 'answer'),
    page('post', '/needs/{id}/answer', 'answerNeed', 'A supplier answers; "interested" mails the buyer', 'answer', form({ answer: { enum: ['interested', 'not_interested'] }, message: { type: 'string', maxLength: 2000 } }, ['answer'])),
    page('get', '/needs/{id}/follow', 'followPage', 'The buyer’s follow-up page', 'follow'),
    { ...page('get', '/needs/{id}/follow.csv', 'followCsv', 'The interested suppliers and those without e-mail, as CSV', 'follow'), success: { description: 'CSV, UTF-8 with a BOM.', schema: { type: 'string' }, mediaType: 'text/csv' } },
    { ...page('post', '/needs/{id}/close', 'closeNeed', 'The buyer closes the need (303 to the follow-up)', 'follow', form({}, [])) },
    page('get', '/needs/{id}/outcome', 'outcomePage', 'The buyer is asked whether a contract was signed', 'outcome'),
    page('post', '/needs/{id}/outcome', 'answerOutcome', 'The buyer’s answer: signed or not, the amount', 'outcome', form({ signed: { enum: ['yes', 'no', 'unknown'] }, amount: { type: 'integer', minimum: 0 } }, ['signed'])),
  ];
}
