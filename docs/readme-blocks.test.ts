/**
 * Every code block of README.md, sdk/README.md and widget/README.md is run or checked
 * here or in readme-sdk.test.ts (TypeScript): shell commands run in-process (keys,
 * import) or point at scripts, binaries and folders that exist; the embed snippets use
 * attributes the element declares and a bundle the server serves; the event handler
 * runs against a stand-in element; the CSS names custom properties and parts the widget
 * has; directory listings name folders that exist.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiKeyProblem } from '../sdk/src/transport.js';
import { runImport } from '../server/src/cli/import.js';
import { siretOf, temporaryDirectory } from '../server/src/ingest/ingest.test-support.js';
import { runKeysCommand } from '../server/src/keys/commands.js';
import { loadStoredSuppliers } from '../server/src/data-dir/index.js';
import { allBlocks, ROOT, shellCommands, type CodeBlock } from './markdown.js';

const packageJson = JSON.parse(readFileSync(ROOT + 'package.json', 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
  devDependencies: Record<string, string>;
};
const blocks = allBlocks();
const where = (block: CodeBlock) => `${block.readme}:${block.line}`;
const ofLang = (...langs: string[]) => blocks.filter((block) => langs.includes(block.lang));

/** The widget's sources, tests aside. */
const widgetSource = readdirSync(ROOT + 'widget/src')
  .filter((file) => file.endsWith('.ts') && !file.includes('.test'))
  .map((file) => readFileSync(`${ROOT}widget/src/${file}`, 'utf8'))
  .join('\n');

it('knows how to run or check every code block of the three READMEs', () => {
  const known = ['ts', 'sh', 'html', 'js', 'css', ''];
  expect(blocks.filter((block) => !known.includes(block.lang)).map(where)).toEqual([]);
  // readme-sdk.test.ts runs the TypeScript of these two only.
  expect(ofLang('ts').every((block) => block.readme === 'README.md' || block.readme === 'sdk/README.md')).toBe(true);
  expect(blocks.length).toBeGreaterThanOrEqual(15);
});

describe('shell blocks', () => {
  const commands = ofLang('sh').flatMap((block) => shellCommands(block.code).map((command) => ({ block, ...command })));

  it('name npm scripts, binaries and tools that exist', () => {
    for (const { block, argv } of commands) {
      const [tool, verb, name] = argv;
      const at = `${where(block)}: ${argv.join(' ')}`;
      if (tool === 'npm' && (verb === 'install' || verb === 'ci')) expect(existsSync(ROOT + 'package-lock.json'), at).toBe(true);
      else if (tool === 'npm' && verb === 'run') expect(packageJson.scripts, at).toHaveProperty([name!]);
      else if (tool === 'npm') expect(packageJson.scripts, at).toHaveProperty([verb!]);
      else if (tool === 'npx' && verb! in packageJson.bin) expect(existsSync(ROOT + packageJson.bin[verb!]!), at).toBe(true);
      else if (tool === 'npx') {
        expect(packageJson.devDependencies, at).toHaveProperty([verb!]);
        for (const path of argv.slice(2).filter((word) => word.endsWith('/'))) expect(statSync(ROOT + path).isDirectory(), at).toBe(true);
      } else expect.fail(`${at}: no test knows this command`);
    }
    expect(commands.length).toBeGreaterThan(8);
  });

  it('run the keys commands as written: create, list, revoke, a Typesense scoped key', async () => {
    const keysCommands = commands.filter(({ argv }) => argv[0] === 'npm' && argv[2] === 'keys');
    expect(keysCommands.length).toBeGreaterThanOrEqual(5);
    const file = join(await temporaryDirectory(), 'keys.json');
    const placeholders: Record<string, string> = { '<name|prefix>': 'import-bot', '<name>': 'coorace-site', '<search-only key>': 'ts-search-only-key' };
    const outputs: string[] = [];
    for (const { argv } of keysCommands) {
      const args = argv.slice(argv.indexOf('--') + 1).map((word) => placeholders[word] ?? word);
      const lines: string[] = [];
      await runKeysCommand(args, { file, print: (line) => lines.push(line), now: () => new Date('2026-12-03T08:00:00Z') });
      outputs.push(lines.join('\n'));
    }
    const [site, admin, list, revoked, typesense] = outputs;
    expect(site).toMatch(/pk_live_[\w-]{40,}/);
    expect(admin).toMatch(/sk_[\w-]{40,}/);
    expect(list).toContain('coorace-site');
    expect(list).toContain('import-bot');
    expect(revoked).toContain('import-bot');
    // A Typesense scoped key: base64 of an HMAC, the parent key's prefix and the scope's parameters.
    const decoded = Buffer.from(typesense!.trim().split(/\s+/).find((word) => word.length > 40) ?? '', 'base64').toString();
    expect(decoded).toContain('ts-s');
    expect(decoded).toContain('coorace');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { siteKeys: { name: string; scope: unknown; origins: string[] }[] };
    expect(stored.siteKeys[0]).toMatchObject({ name: 'coorace-site', origins: ['https://www.coorace.org'], scope: { networks: ['coorace'] } });
  });

  it('run the import as written, on a members file of the test’s own', async () => {
    const imports = commands.filter(({ argv }) => argv[0] === 'npx' && argv[1] === 'achat-inclusif' && argv[2] === 'import');
    expect(imports.length).toBeGreaterThan(0);
    for (const { argv } of imports) {
      const directory = await temporaryDirectory();
      const members = join(directory, argv[3]!);
      writeFileSync(
        members,
        ['Nom;SIRET;Type de structure;Secteurs;Code postal;Ville', `ATELIER DU LIN;${siretOf(7)};ESAT;Blanchisserie;35000;Rennes`, `TREMPLIN 35;${siretOf(8)};ACI;Création et entretien des espaces verts;35000;Rennes`].join('\r\n'),
      );
      const out: string[] = [];
      const sink = { write: (text: string) => (out.push(text), true) };
      const status = await runImport([members, ...argv.slice(4)], { stdout: sink, stderr: sink, dataDir: join(directory, 'data'), ci: true });
      expect(status, out.join('')).toBe(0);
      const stored = await loadStoredSuppliers(join(directory, 'data'));
      expect(stored?.map((supplier) => [supplier.name, supplier.kind]).sort()).toEqual([['ATELIER DU LIN', 'ESAT'], ['TREMPLIN 35', 'ACI']]);
    }
  });
});

describe('embed snippets (html)', () => {
  const declared = new Set([
    ...[...widgetSource.matchAll(/attribute: '([\w-]+)'/g)].map((match) => match[1]!),
    ...[...widgetSource.matchAll(/@property\((?:\{(?![^}]*attribute)[^}]*\})?\)\s*(?:override\s+)?(\w+)/g)].map((match) => match[1]!.toLowerCase()),
  ]);

  it('use only attributes the elements (<inclusif-search>, <inclusif-potential>) declare, and a bundle the server serves under /dist', () => {
    const snippets = ofLang('html');
    expect(snippets.length).toBeGreaterThanOrEqual(2);
    const rollup = readFileSync(ROOT + 'rollup.config.mjs', 'utf8');
    const site = readFileSync(ROOT + 'server/src/site.ts', 'utf8');
    for (const block of snippets) {
      const element = /<inclusif-(?:search|potential)\s([^>]*)>/.exec(block.code);
      expect(element, where(block)).not.toBeNull();
      for (const [, name] of element![1]!.matchAll(/([\w-]+)="/g)) expect(declared, `${where(block)}: ${name}`).toContain(name);
      // The stable name, or its copy named by content (`.<hash>.js`) pinned with its SRI hash.
      const script = /<script type="module" src="[^"]*\/([\w-]+)(\.<hash>)?\.js"( integrity="sha384-<hash>" crossorigin="anonymous")?><\/script>/.exec(block.code);
      expect(script, where(block)).not.toBeNull();
      // A single file, or the entry of a build into dist/ (with chunks loaded beside it).
      const built = [`file: 'dist/${script![1]}.js'`, `entryFileNames: '${script![1]}.js'`];
      expect(built.some((output) => rollup.includes(output)), where(block)).toBe(true);
      if (!rollup.includes(built[0]!)) expect(rollup, where(block)).toContain("dir: 'dist'");
      if (script![2]) expect(script![3], `${where(block)}: a pinned copy goes with its integrity`).toBeDefined();
      if (script![2]) expect(rollup, where(block)).toContain('pinnedCopy()');
    }
    expect(site).toContain("app.use('/dist/*'");
  });

  it('whose placeholder key, left in, the widget’s SDK refuses in words a webmaster reads', () => {
    for (const block of ofLang('html')) {
      const key = /api-key="([^"]+)"/.exec(block.code)![1]!;
      expect(apiKeyProblem(key)?.message, where(block)).toContain('replace the placeholder with your site key');
      expect(apiKeyProblem(key.replace('…', 'abc123'))).toBeUndefined();
    }
  });
});

describe('widget/README.md', () => {
  it('runs the inclusif-select handler: it takes over the click and opens the site’s own page', () => {
    const [block] = ofLang('js');
    const element = new EventTarget();
    const location = { href: '/recherche' };
    const document = { querySelector: (selector: string) => (selector === 'inclusif-search' ? element : null) };
    new Function('document', 'location', block!.code)(document, location);
    const event = new CustomEvent('inclusif-select', { cancelable: true, detail: { supplier: { siret: '12345678900012' } } });
    element.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(location.href).toBe('/fournisseurs/12345678900012');
  });

  it('styles with custom properties and parts the widget has', () => {
    const [block] = ofLang('css');
    const properties = [...block!.code.matchAll(/(--inclusif-[\w-]+)\s*:/g)].map((match) => match[1]!);
    const parts = [...block!.code.matchAll(/::part\(([\w-]+)\)/g)].map((match) => match[1]!);
    expect(properties.length + parts.length).toBeGreaterThan(1);
    for (const property of properties) expect(widgetSource).toMatch(new RegExp(`${property}\\s*[:,)]`));
    for (const part of parts) expect(widgetSource).toMatch(new RegExp(`part="(?:[\\w-]+ )*${part}(?: [\\w-]+)*"|part=\\$\\{[^}]*'${part}'`));
  });
});

it('lists, in directory layouts, folders that exist (under the section’s folder when its title is one)', () => {
  const listings = ofLang('');
  expect(listings.length).toBeGreaterThan(0);
  for (const block of listings) {
    const base = /^[\w./-]+$/.test(block.heading) && existsSync(ROOT + block.heading) ? `${block.heading}/` : '';
    // Folder names at the start of a line, several when comma-separated ("cli/, edge/").
    const folders = [...block.code.matchAll(/^((?:[\w.-]+\/,?\s*)+)\s/gm)].flatMap((match) => match[1]!.split(',').map((name) => name.trim().replace(/\/$/, '')));
    expect(folders.length, where(block)).toBeGreaterThan(3);
    for (const folder of folders) expect(existsSync(ROOT + base + folder) && statSync(ROOT + base + folder).isDirectory(), `${where(block)}: ${base}${folder}/`).toBe(true);
  }
});
