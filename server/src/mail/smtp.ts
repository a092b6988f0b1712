import nodemailer from 'nodemailer';
import type { Mailer } from './types.js';

export interface SmtpOptions {
  /** smtp://user:password@host:port or smtps://... */
  url: string;
  /** The From header, such as `achat-inclusif <besoins@example.org>`. */
  from: string;
  /** Connections kept open to the server, default 5. */
  maxConnections?: number;
}

/** Mail through an SMTP server, over a pool of connections reused from message to message. */
export function smtpMailer({ url, from, maxConnections = 5 }: SmtpOptions): Mailer {
  const address = new URL(url);
  address.searchParams.set('pool', 'true');
  address.searchParams.set('maxConnections', String(maxConnections));
  // Pooled connections stay open between messages: most of the speed of a dispatch.
  const transport = nodemailer.createTransport(address.toString());
  return {
    kind: 'smtp',
    async send(message) {
      await transport.sendMail({ ...message, from });
    },
    async close() {
      transport.close();
    },
  };
}
