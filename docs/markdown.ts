/** The code blocks of the READMEs, read so that tests can run or check each one. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The READMEs whose every code block a test runs or checks. */
export const READMES = ['README.md', 'sdk/README.md', 'widget/README.md'] as const;
export type Readme = (typeof READMES)[number];

export interface CodeBlock {
  readme: Readme;
  /** The fence's language ('' for none). */
  lang: string;
  code: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
  /** The title of the section it sits in ("server/src"), without the #s. */
  heading: string;
}

export function readme(file: Readme): string {
  return readFileSync(ROOT + file, 'utf8');
}

export function codeBlocks(file: Readme): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = readme(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((text, at) => at > i && text.startsWith('```'));
    const heading = lines.slice(0, i).findLast((text) => text.startsWith('#'))?.replace(/^#+\s*/, '') ?? '';
    blocks.push({ readme: file, lang: open[1]!, code: lines.slice(i + 1, end).join('\n'), line: i + 1, heading });
    i = end;
  }
  return blocks;
}

export const allBlocks = (): CodeBlock[] => READMES.flatMap(codeBlocks);

export interface ShellCommand {
  /** `VAR=value` assignments before the command. */
  env: Record<string, string>;
  argv: string[];
}

/**
 * The commands of a shell block: comments dropped, `a && b` split, leading assignments
 * apart, `<placeholders>` kept whole.
 */
export function shellCommands(code: string): ShellCommand[] {
  return code
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').replace(/^#.*$/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split('&&').map((part) => part.trim()))
    .map((text) => {
      // A placeholder such as `<search-only key>` is one word.
      const words = text.match(/<[^>]*>|\S+/g) ?? [];
      const env: Record<string, string> = {};
      while (/^[A-Z_]+=/.test(words[0] ?? '')) {
        const [name, value] = words.shift()!.split('=');
        env[name!] = value!;
      }
      return { env, argv: words };
    });
}
