/** The need dialog's strings, French first; loaded with the dialog, not with the search. */
import { formatters, type Formatters, type Lang } from './i18n.js';
import { needAmounts, type NeedProblem } from './need-form.js';
import type { NeedAmount, NeedKind } from '../../sdk/src/types.js';

export interface NeedStrings {
  title: string;
  quoteTitle: (supplier: string) => string;
  intro: string;
  quoteIntro: (supplier: string) => string;
  need: string;
  kind: string;
  kinds: Record<NeedKind, string>;
  needTitle: string;
  needTitleHint: string;
  description: string;
  descriptionHint: string;
  sectors: string;
  addSector: string;
  place: string;
  choose: string;
  nationwide: string;
  departments: string;
  regions: string;
  supplierKinds: string;
  supplierKindsHint: string;
  prestaTypes: string;
  socialClause: string;
  deadline: string;
  startDate: string;
  amount: string;
  amounts: Record<NeedAmount, string>;
  reservedLot: string;
  acceptsCoContracting: string;
  externalLink: string;
  externalLinkHint: string;
  you: string;
  name: string;
  organisation: string;
  email: string;
  emailHint: string;
  phone: string;
  optional: string;
  honeypot: string;
  privacy: string;
  cancel: string;
  submit: string;
  sending: string;
  close: string;
  errorCount: (n: number) => string;
  refused: string;
  problems: Record<NeedProblem, string>;
  form: { invalid: string; rateLimited: string; failed: string };
  sentTitle: string;
  sent: (email: string) => string;
  recipients: (found: number, withEmail: number) => string;
  quoteRecipient: string;
}

/** The amount ranges' bounds in thousands of euros, in the contract's order (need-form.ts). */
const bounds = [0, 1, 5, 10, 15, 20, 30, 50, 100, 150, 250, 500, 750, 1000];

function amountRanges(f: Formatters, euro: (n: string) => string, over: string) {
  const k = (n: number) => euro(f.number(n * 1000));
  const ranges = needAmounts.slice(0, bounds.length - 1).map((range, i) => [range, `${k(bounds[i]!)} – ${k(bounds[i + 1]!)}`]);
  return { ...Object.fromEntries(ranges), '>1M': `${over} ${k(1000)}` } as Record<Exclude<NeedAmount, 'unknown' | 'undisclosed'>, string>;
}

function french(f: Formatters): NeedStrings {
  return {
    title: 'Publier un besoin',
    quoteTitle: (supplier) => `Demander un devis à ${supplier}`,
    intro:
      'Décrivez votre besoin : une fois votre adresse e-mail confirmée, il est envoyé aux fournisseurs inclusifs qui peuvent y répondre, et vous recevez les réponses de ceux qui sont intéressés.',
    quoteIntro: (supplier) => `Votre demande est transmise à ${supplier} une fois votre adresse e-mail confirmée ; sa réponse vous parvient par e-mail.`,
    need: 'Votre besoin',
    kind: 'Type de besoin',
    kinds: { QUOTE: 'Demande de devis', TENDER: 'Appel d’offres', SOURCING: 'Sourcing (avant un appel d’offres)' },
    needTitle: 'Intitulé',
    needTitleHint: 'Par exemple : Entretien des espaces verts du siège',
    description: 'Description',
    descriptionHint: 'Quantités, lieu, calendrier, critères : ce qui aide un fournisseur à répondre.',
    sectors: 'Secteurs d’activité',
    addSector: 'Ajouter un secteur',
    place: 'Lieu d’exécution',
    choose: 'Choisir…',
    nationwide: 'Toute la France',
    departments: 'Départements',
    regions: 'Régions',
    supplierKinds: 'Types de structure',
    supplierKindsHint: 'Aucun coché : toutes les structures.',
    prestaTypes: 'Types de prestation',
    socialClause: 'Seulement les structures éligibles à la clause sociale et aux marchés réservés',
    deadline: 'Date limite de réponse',
    startDate: 'Début de la prestation',
    amount: 'Montant estimé (HT)',
    amounts: { ...amountRanges(f, (n) => `${n}\u202f€`, 'Plus de'), unknown: 'Je ne sais pas', undisclosed: 'Je préfère ne pas le dire' },
    reservedLot: 'Ce marché comporte un lot réservé',
    acceptsCoContracting: 'La co-traitance est acceptée',
    externalLink: 'Lien vers la consultation',
    externalLinkHint: 'Adresse commençant par https://',
    you: 'Vos coordonnées',
    name: 'Nom et prénom',
    organisation: 'Organisation',
    email: 'Adresse e-mail',
    emailHint: 'Un lien pour confirmer votre besoin y sera envoyé.',
    phone: 'Téléphone',
    optional: '(facultatif)',
    honeypot: 'Ne pas remplir ce champ',
    privacy:
      'Vos coordonnées servent uniquement à ce besoin : elles sont transmises aux fournisseurs qui s’y intéressent, puis effacées après sa clôture, au terme de la durée de conservation du service. Vous pouvez en demander l’effacement à tout moment.',
    cancel: 'Annuler',
    submit: 'Publier le besoin',
    sending: 'Envoi en cours…',
    close: 'Fermer',
    errorCount: (n) => `${f.number(n)} ${f.plural(n, 'champ à corriger', 'champs à corriger')}.`,
    refused: 'Refusé par le service :',
    problems: {
      required: 'Ce champ est obligatoire.',
      tooShort: 'Ce texte est trop court : précisez votre besoin.',
      tooLong: 'Ce texte est trop long.',
      email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
      phone: 'Saisissez un numéro de téléphone valide.',
      url: 'Saisissez une adresse web commençant par https://.',
      date: 'Saisissez une date valide.',
      past: 'La date limite ne peut pas être passée.',
      startAfterDeadline: 'Le début doit suivre la date limite de réponse.',
    },
    form: {
      invalid: 'Le besoin n’a pas été accepté. Vérifiez les champs et réessayez.',
      rateLimited: 'Trop de besoins publiés depuis ce site. Réessayez dans quelques minutes.',
      failed: 'L’envoi n’a pas abouti. Vérifiez votre connexion et réessayez.',
    },
    sentTitle: 'Vérifiez votre boîte mail',
    sent: (email) => `Nous avons envoyé un lien à ${email}. Cliquez dessus pour confirmer votre besoin : rien n’est envoyé aux fournisseurs avant.`,
    recipients: (found, withEmail) =>
      found === 0
        ? 'Aucun fournisseur ne peut répondre à ce besoin pour l’instant.'
        : `Une fois confirmé, il sera envoyé à ${f.number(found)} ${f.plural(found, 'fournisseur', 'fournisseurs')}, dont ${f.number(withEmail)} par e-mail ; les autres vous seront listés avec leur téléphone ou leur site.`,
    quoteRecipient: 'Une fois confirmée, votre demande lui sera transmise.',
  };
}

function english(f: Formatters): NeedStrings {
  return {
    title: 'Post a need',
    quoteTitle: (supplier) => `Ask ${supplier} for a quote`,
    intro:
      'Describe your need: once your e-mail address is confirmed, it goes to the inclusive suppliers that can meet it, and you hear from those who are interested.',
    quoteIntro: (supplier) => `Your request goes to ${supplier} once your e-mail address is confirmed; the answer reaches you by e-mail.`,
    need: 'Your need',
    kind: 'Kind of need',
    kinds: { QUOTE: 'Quote request', TENDER: 'Call for tenders', SOURCING: 'Sourcing (before a call for tenders)' },
    needTitle: 'Title',
    needTitleHint: 'For example: Grounds maintenance at the head office',
    description: 'Description',
    descriptionHint: 'Quantities, place, schedule, criteria: what helps a supplier answer.',
    sectors: 'Sectors',
    addSector: 'Add a sector',
    place: 'Place of work',
    choose: 'Choose…',
    nationwide: 'All of France',
    departments: 'Departments',
    regions: 'Regions',
    supplierKinds: 'Kinds of supplier',
    supplierKindsHint: 'None ticked: every kind.',
    prestaTypes: 'Service types',
    socialClause: 'Only suppliers eligible to social clauses and reserved contracts',
    deadline: 'Answer deadline',
    startDate: 'Start of the work',
    amount: 'Estimated amount (excl. VAT)',
    amounts: { ...amountRanges(f, (n) => `€${n}`, 'Over'), unknown: 'I don’t know', undisclosed: 'I’d rather not say' },
    reservedLot: 'This contract has a reserved lot',
    acceptsCoContracting: 'Co-contracting is accepted',
    externalLink: 'Link to the tender',
    externalLinkHint: 'An address starting with https://',
    you: 'Your details',
    name: 'Full name',
    organisation: 'Organisation',
    email: 'E-mail address',
    emailHint: 'A link to confirm your need will be sent there.',
    phone: 'Phone',
    optional: '(optional)',
    honeypot: 'Leave this field empty',
    privacy:
      'Your details are used for this need only: they go to the suppliers interested in it, and are erased after it closes, at the end of the service’s retention period. You may ask for their erasure at any time.',
    cancel: 'Cancel',
    submit: 'Post the need',
    sending: 'Sending…',
    close: 'Close',
    errorCount: (n) => `${f.number(n)} ${f.plural(n, 'field to correct', 'fields to correct')}.`,
    refused: 'Refused by the service:',
    problems: {
      required: 'This field is required.',
      tooShort: 'This text is too short: say a little more.',
      tooLong: 'This text is too long.',
      email: 'Enter a valid e-mail address, such as name@example.com.',
      phone: 'Enter a valid phone number.',
      url: 'Enter a web address starting with https://.',
      date: 'Enter a valid date.',
      past: 'The deadline cannot be in the past.',
      startAfterDeadline: 'The start must come after the answer deadline.',
    },
    form: {
      invalid: 'The need was not accepted. Check the fields and try again.',
      rateLimited: 'Too many needs posted from this site. Try again in a few minutes.',
      failed: 'Sending failed. Check your connection and try again.',
    },
    sentTitle: 'Check your mailbox',
    sent: (email) => `We sent a link to ${email}. Click it to confirm your need: nothing goes to suppliers before.`,
    recipients: (found, withEmail) =>
      found === 0
        ? 'No supplier can meet this need for now.'
        : `Once confirmed, it will go to ${f.number(found)} ${f.plural(found, 'supplier', 'suppliers')}, ${f.number(withEmail)} of them by e-mail; the others will be listed to you with their phone or website.`,
    quoteRecipient: 'Once confirmed, your request will be passed on.',
  };
}

const made = new Map<Lang, NeedStrings>();

export function needStrings(lang: Lang): NeedStrings {
  let t = made.get(lang);
  if (!t) made.set(lang, (t = lang === 'en' ? english(formatters('en')) : french(formatters('fr'))));
  return t;
}
