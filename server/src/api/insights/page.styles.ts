/**
 * The insights page's only style sheet, inlined and allowed by its hash in the page's
 * CSP. Close to the French State design system's look (blue France, grey surfaces,
 * underlined inputs) without its identity: no Marianne, no "République française" block.
 */
export const INSIGHTS_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 arial, sans-serif; color: #161616; background: #fff; }
header { border-bottom: 1px solid #ddd; box-shadow: 0 2px 6px rgb(0 0 18 / 0.08); }
header p { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; font-weight: 700; font-size: 1.25rem; }
header span { display: block; font-weight: 400; font-size: 0.875rem; color: #3a3a3a; }
main { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 2rem; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.375rem; margin: 2.5rem 0 0.75rem; padding-top: 1.5rem; border-top: 1px solid #ddd; }
a { color: #000091; }
form { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; align-items: end; background: #f6f6f6; padding: 1rem; }
label { display: block; font-size: 0.875rem; margin-bottom: 0.25rem; }
input { width: 100%; font: inherit; padding: 0.5rem 0.75rem; border: 0; border-bottom: 2px solid #3a3a3a; border-radius: 0.25rem 0.25rem 0 0; background: #eee; color: #161616; }
button { font: inherit; font-weight: 700; padding: 0.5rem 1.5rem; border: 0; background: #000091; color: #fff; cursor: pointer; }
button:hover { background: #1212ff; }
:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
.error { color: #ce0500; font-weight: 700; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 1rem; list-style: none; padding: 0; margin: 1.5rem 0; }
.tiles li { border: 1px solid #ddd; border-bottom: 3px solid #000091; padding: 0.75rem 1rem; }
.tiles strong { display: block; font-size: 1.75rem; }
figure { margin: 0; }
.chart { width: 100%; height: auto; }
.chart .bar { fill: #000091; }
.chart .rate-line { fill: none; stroke: #c9191e; stroke-width: 3; }
.chart .axis { stroke: #666; }
.chart text { font: 13px arial, sans-serif; fill: #3a3a3a; }
figcaption { font-size: 0.875rem; color: #3a3a3a; }
.key { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.1rem; margin-left: 0.75rem; }
.key-bar { background: #000091; }
.key-rate { background: #c9191e; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.9375rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { text-align: left; padding: 0.375rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
td { text-align: right; white-space: nowrap; }
tbody th { font-weight: 400; overflow-wrap: anywhere; }
.empty, .note { color: #3a3a3a; }
`;
