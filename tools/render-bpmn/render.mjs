// Renders every bpmn/*.bpmn to docs/images/<process id>.png with bpmn-js (from node_modules)
// in a headless Chromium (Debian's /usr/bin/chromium unless CHROMIUM_PATH says otherwise).
// Usage: npm run render:bpmn [-- bpmn/One.bpmn ...]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const bpmnJsDist = dirname(require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js'));
const outDir = join(root, 'docs/images');
const scale = 1.5;

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(join(root, 'bpmn')).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(root, 'bpmn', f));

const page = `<!doctype html><html><head><meta charset="utf-8">
<style>${readFileSync(join(bpmnJsDist, 'assets/diagram-js.css'), 'utf8')}</style>
<style>${readFileSync(join(bpmnJsDist, 'assets/bpmn-js.css'), 'utf8')}</style>
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; background: #fff; }
.djs-container .djs-palette, .bjs-powered-by { display: none; }</style>
</head><body><div id="canvas"></div>
<script>${readFileSync(join(bpmnJsDist, 'bpmn-navigated-viewer.production.min.js'), 'utf8')}</script>
</body></html>`;

const profile = mkdtempSync(join(tmpdir(), 'render-bpmn-'));
// A fresh profile each run; Playwright passes it to Chromium as --user-data-dir.
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  deviceScaleFactor: scale,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  mkdirSync(outDir, { recursive: true });
  const tab = await browser.newPage();
  await tab.setContent(page);
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const result = await tab.evaluate(async (xml) => {
      const viewer = window.viewer || (window.viewer = new BpmnJS({ container: '#canvas' }));
      const { warnings } = await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      const box = canvas.viewbox().inner;
      const processId = viewer.getDefinitions().rootElements
        .find((e) => e.$type === 'bpmn:Process').id;
      return { warnings: warnings.map((w) => w.message), box, processId };
    }, xml);
    if (result.warnings.length) {
      throw new Error(`${file}: import warnings\n${result.warnings.join('\n')}`);
    }
    const margin = 20;
    const { box } = result;
    await tab.setViewportSize({ width: Math.ceil(box.width + 2 * margin), height: Math.ceil(box.height + 2 * margin) });
    await tab.evaluate(({ box, margin }) => {
      const canvas = window.viewer.get('canvas');
      canvas.viewbox({ x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin });
    }, { box, margin });
    const target = join(outDir, `${result.processId}.png`);
    await tab.screenshot({ path: target });
    console.log(`${file.slice(root.length + 1)} -> ${target.slice(root.length + 1)}`);
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
