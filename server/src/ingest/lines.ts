/**
 * Bytes to lines, streaming: memory holds one line, never the file. Each line is
 * decoded on its own, as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise,
 * so that a spreadsheet saved by Excel reads right whatever it was saved as.
 */

export interface Line {
  text: string;
  /** 1-based. */
  line: number;
  /** The line was longer than the cap: its text is empty and it must be reported. */
  tooLong?: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');
const NEWLINE = 0x0a;

export function decodeLine(bytes: Uint8Array): string {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = WINDOWS_1252.decode(bytes);
  }
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let line = 1;
  let first = true;

  const finish = (): Line => {
    const bytes = tooLong ? new Uint8Array() : Buffer.concat(parts, length);
    const result: Line = tooLong ? { text: '', line, tooLong } : { text: decodeLine(bytes), line };
    parts = [];
    length = 0;
    tooLong = false;
    line++;
    return result;
  };

  const keep = (bytes: Uint8Array): void => {
    if (tooLong) return;
    if (length + bytes.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(bytes);
    length += bytes.length;
  };

  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      if (hasUtf8Bom(chunk)) chunk = chunk.subarray(3);
    }
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      keep(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copied: the caller's buffer may be reused for the next chunk.
    if (start < chunk.length) keep(Uint8Array.prototype.slice.call(chunk, start));
  }
  if (length > 0 || tooLong) yield finish();
}
