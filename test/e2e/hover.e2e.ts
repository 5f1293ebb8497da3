// The hover as a user sees it in a 1400×900 window (the suite's viewport): everything visible without
// scrolling (VS Code caps a hover at about 250 px there), and nothing clickable or iconic but our own.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Workbench } from './support';
import { workbench } from './support';

interface Fit {
  /** The hover's outer height and its content's full height, in CSS pixels. */
  readonly height: number;
  readonly contentHeight: number;
  readonly maxHeight: string;
  /** Whether the content overflows its box (VS Code then shows a scrollbar). */
  readonly scrolls: boolean;
  /** Links and images lying (partly) outside the visible hover. */
  readonly clipped: string[];
  readonly links: string[];
  readonly icons: string[];
}

/** Measures the visible editor hover in the page. */
async function measureHover(wb: Workbench): Promise<Fit> {
  return wb.editorHover().first().evaluate((el: Element) => {
    const box = el.getBoundingClientRect();
    const content = (el.querySelector('.monaco-hover-content') ?? el) as HTMLElement;
    const scrollable = el.querySelector('.monaco-scrollable-element') as HTMLElement | null;
    const contentHeight = content.scrollHeight;
    const visibleHeight = scrollable?.clientHeight ?? content.clientHeight;
    const clipped: string[] = [];
    for (const part of Array.from(el.querySelectorAll('a, img'))) {
      const r = part.getBoundingClientRect();
      if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) clipped.push(`${part.tagName} ${(part.textContent ?? '').trim()} ${Math.round(r.bottom - box.bottom)}`);
    }
    const links = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? '');
    const icons = Array.from(el.querySelectorAll('.codicon')).map((i) => Array.from(i.classList).filter((c) => c.startsWith('codicon-')).join(' '));
    return {
      height: box.height,
      contentHeight,
      maxHeight: content.style.maxHeight,
      scrolls: contentHeight > visibleHeight + 1 || content.scrollWidth > content.clientWidth + 1,
      clipped,
      links,
      icons,
    };
  });
}

/** Links that are not one of our hover commands (Plot, Open in playground, Simulate depth). */
const foreign = (links: readonly string[]) => links.filter((l) => !/^command:activationPlayground\.(plot|openPlayground|simulateDepth)\?/.test(l));

describe('hover fits VS Code\'s default hover (1400×900)', () => {
  afterEach(async () => {
    await workbench().page.keyboard.press('Escape'); // hide the hover before the editors close
    await workbench().reset();
  });

  const cases: { name: string; file: string; text: string; offset: number; until: RegExp; shot: string }[] = [
    { name: 'a scalar call, F.gelu(torch.tensor(0.3))', file: 'pytorch_model.py', text: 'F.gelu(torch.tensor(0.3))', offset: 3, until: /derivative/, shot: 'hover-fit-gelu' },
    { name: 'a softmax call', file: 'pytorch_model.py', text: 'F.softmax(torch.tensor([1.0, 2.0, 3.0])', offset: 3, until: /argmax/, shot: 'hover-fit-softmax' },
    { name: 'the longest-note call, jax.nn.gelu(0.3)', file: 'jax_model.py', text: 'jax.nn.gelu(0.3)', offset: 'jax.nn.'.length + 1, until: /would give/, shot: 'hover-fit-jax-gelu' },
    { name: "Julia's σ (no confusable-character warning beside it)", file: 'flux_model.jl', text: 'σ(0.5)', offset: 0, until: /derivative/, shot: 'hover-fit-julia-sigma' },
  ];
  for (const c of cases) {
    it(`${c.name}: nothing scrolls, the image and the links are inside the hover`, async () => {
      const wb = workbench();
      const hover = await wb.hoverAt(c.file, c.text, { offset: c.offset, until: c.until });
      const fit = await measureHover(wb);
      await wb.screenshot(c.shot, wb.editorHover().first());
      console.log(`      [figure] ${c.shot}: hover ${Math.round(fit.height)} px (content ${fit.contentHeight} px, max ${fit.maxHeight || 'none'})`);
      assert.equal(fit.scrolls, false, `the hover scrolls: content ${fit.contentHeight} px in ${fit.height} px`);
      assert.deepEqual(fit.clipped, [], 'parts outside the visible hover');
      assert.equal(hover.images.length, 1, 'one composed image');
      assert.ok(hover.images[0].complete && hover.images[0].naturalWidth > 0, 'the image loaded');
      assert.deepEqual(foreign(fit.links), [], 'links other than our commands');
      assert.ok(fit.links.length >= 2, 'Plot and Open in playground at least');
      assert.doesNotMatch(hover.text, /could be confused|confusable/i, 'no unicode-highlight note in the hover');
    });
  }
});

describe('hover shows user text as text (e2e)', () => {
  const file = 'hostile_e2e.py';
  const hostile = [
    'import torch',
    'import torch.nn.functional as F',
    "y = F.gelu(torch.tensor(0.3), approximate='[x](https://evil.example) $(alert) admin@evil.example www.evil.example')",
    'z = (F  # see https://evil.example/phish $(alert) # heading',
    '     .gelu(torch.tensor(0.3)))',
    '',
  ].join('\n');
  let full = '';

  before(() => {
    full = path.join(workbench().server.folder, file);
    fs.writeFileSync(full, hostile);
  });
  afterEach(async () => {
    await workbench().page.keyboard.press('Escape');
  });
  after(async () => {
    await workbench().reset();
    fs.rmSync(full, { force: true });
  });

  for (const [what, text, offset] of [
    ['a crafted parameter string', "F.gelu(torch.tensor(0.3), approximate=", 3],
    ['a comment with a URL and an icon inside a dotted name', '.gelu(torch.tensor(0.3)))', 2],
  ] as const) {
    it(`${what}: no link but our commands, no icon but ours`, async () => {
      const wb = workbench();
      const hover = await wb.hoverAt(file, text, { offset, until: /Plot/ });
      const fit = await measureHover(wb);
      await wb.screenshot(`hover-hostile-${offset}`, wb.editorHover().first());
      assert.deepEqual(foreign(fit.links), [], `foreign links: ${JSON.stringify(fit.links)}`);
      assert.ok(fit.links.length >= 2, 'Plot and Open in playground at least');
      assert.deepEqual(fit.icons.filter((i) => !['codicon-beaker', 'codicon-graph-line', 'codicon-layers'].includes(i)), [], 'only our links\' icons');
      assert.equal(fit.icons.length, fit.links.length, 'one icon per link of ours');
      assert.doesNotMatch(hover.html, /<h[1-6]|<blockquote|<li/, 'no block markup');
    });
  }
});
