// The SMTP client in a worker thread of its own (see smtp.ts): building each message
// (MIME, quoted-printable, streams) and talking SMTP cost about a millisecond of CPU a
// mail, which on the server's thread would hold up the searches while a need is sent.
// Plain JavaScript: a worker thread loads it as it is, from the sources or a test runner.
import { parentPort, workerData } from 'node:worker_threads';
import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport(workerData.url);

parentPort.on('message', async ({ id, message }) => {
  if (!message) {
    transport.close();
    parentPort.postMessage({ id });
    return;
  }
  try {
    await transport.sendMail(message);
    parentPort.postMessage({ id });
  } catch (error) {
    // What the outbox records of a failed attempt: the message, and SMTP's code when there is one.
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), code: error?.code, responseCode: error?.responseCode } });
  }
});
