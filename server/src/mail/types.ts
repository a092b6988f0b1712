/** One e-mail, rendered: what the outbox stores and a mailer sends. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable for one message: a copy sent again after a crash is recognisably the same mail. */
  messageId: string;
  replyTo?: string;
}

export interface Mailer {
  /** `smtp` sends; `files` writes .eml files for a developer to read. */
  readonly kind: 'smtp' | 'files';
  /** Resolves once the message is accepted (by the SMTP server, or on disk); rejects when it was not. */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}
