/** The reference page's only style sheet, inlined and allowed by its hash in the page's CSP. */
export const DOCS_CSS = `
:root { color-scheme: light dark; --accent: #1d5fa8; --muted: #5f6b76; --line: #d5dbe1; --code: #f2f4f7; }
@media (prefers-color-scheme: dark) { :root { --accent: #7db4ff; --muted: #a3adb8; --line: #39424c; --code: #1e242b; } }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, sans-serif; margin: 0 auto; max-width: 64rem; padding: 1.5rem; }
a { color: var(--accent); }
h1 { margin-bottom: 0.25rem; }
h2 { border-top: 1px solid var(--line); margin-top: 2.5rem; padding-top: 1.5rem; }
h2 code { font-size: 1em; }
.method { background: var(--accent); border-radius: 4px; color: Canvas; font-size: 0.8em; margin-right: 0.5rem; padding: 0.1rem 0.4rem; }
.muted, caption { color: var(--muted); }
code, pre { background: var(--code); border-radius: 4px; font: 0.9em/1.45 ui-monospace, monospace; }
code { padding: 0.05rem 0.25rem; }
pre { overflow-x: auto; padding: 0.75rem; }
pre code { padding: 0; }
table { border-collapse: collapse; margin: 0.75rem 0; width: 100%; }
caption { caption-side: top; font-weight: 600; text-align: left; }
th, td { border-bottom: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
td:first-child { white-space: nowrap; }
td { overflow-wrap: anywhere; }
.values { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
details summary { cursor: pointer; }
nav ul { columns: 2 16rem; }
`;
