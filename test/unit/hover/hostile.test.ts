// User text in the hover is inert: whatever a crafted file puts in a callee's name, a comment, a string,
// a parameter value or a message quoting the code, the markdown has our three pieces of markup (one image,
// two command links, two icons) and nothing else. (The e2e suite checks the rendered hover too.)
import * as assert from 'node:assert/strict';
import { activation, type ElementwiseActivation } from '../../../src/core';
import { codeSpan, inert } from '../../../src/hover/escape';
import { renderHover, type HoverInput, type RenderContext } from '../../../src/hover/markdown';
import { plain } from './support';

const ctx: RenderContext = { digits: 6, colors: { curve: '#111', derivative: '#222', axis: '#333', point: '#f00', text: '#444' }, vanishingThreshold: 0.01 };

const PAYLOADS = [
  '[run](command:workbench.action.terminal.new)',
  'tf/* see http://evil.example/phish */.leakyRelu',
  'F\n# heading\n> quote\n- item\n1. one\n---\n.gelu',
  '$(alert) $(loading~spin) \\$(alert) \\\\$(alert)',
  'write to admin@evil.example now',
  'www.evil.example and https://evil.example?a=1&b=2 and ftp://x.example',
  '<img src=x onerror=alert(1)> <b>bold</b> &lt;entity&amp;',
  '`code` ``` fence ~~~',
  '![img](https://evil.example/x.png) <https://evil.example>',
  '**bold** _it_ ~~strike~~ | a | b |',
  'line\u2028# separator\u2029> para\r\n=== \u0085- next',
  '[ref]: https://evil.example "title"',
];

function hostileHover(payload: string): string {
  const d = activation('gelu') as ElementwiseActivation;
  const input: HoverInput = {
    def: d,
    params: { approximate: payload },
    qualifiedName: payload,
    input: 0.3,
    problem: `gelu: approximate must be one of 'none', 'tanh', got ${payload}`,
    notes: [payload, `dtype='${payload}' is not a float`],
    alternatives: [{ label: payload, value: 1 }],
  };
  return renderHover(input, ctx);
}

/** Code spans cut out as CommonMark reads them: outside a span `\\` escapes the next character; inside, it is literal. */
function withoutCodeSpans(md: string, spans: string[] = []): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      out += md.slice(i, i + 2);
      i++;
    } else if (md[i] === '`') {
      const close = md.indexOf('`', i + 1);
      assert.ok(close > i && !md.slice(i, close).includes('\n'), 'every code span closes on its line');
      spans.push(md.slice(i + 1, close));
      i = close;
    } else {
      out += md[i];
    }
  }
  return out;
}

/** Our links: Plot, Open in playground, and Simulate depth for element-wise functions. */
const OUR_LINKS = /\[\$\((?:graph-line|beaker|layers)\) (?:Plot|Open in playground|Simulate depth)\]\(command:activationPlayground\.(?:plot|openPlayground|simulateDepth)\?[^)\s]+\)/g;

/** The markdown with our own markup (the image, the two links) and code spans cut out. */
function userParts(md: string): string {
  const ours = md
    .replace(/!\[(?:[^\]\\]|\\.)*\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/g, '')
    .replace(OUR_LINKS, '');
  return withoutCodeSpans(ours);
}

const unescaped = (s: string, ch: string) => new RegExp(`(?<!\\\\)(?:\\\\\\\\)*\\${ch}`).test(s);

describe('hover: user text is inert', () => {
  for (const payload of PAYLOADS) {
    it(`renders ${JSON.stringify(payload.slice(0, 40))} as text`, () => {
      const md = hostileHover(payload);
      const rest = userParts(md);
      const spans: string[] = [];
      const outsideCode = withoutCodeSpans(md, spans);
      const ours = [...md.matchAll(OUR_LINKS)];
      assert.ok(ours.length >= 2, 'our Plot and Open in playground links are there');
      assert.equal([...outsideCode.matchAll(/(?<!\\)\]\(command:/g)].length, ours.length, 'no command link but ours');
      // VS Code finds icons in the text markdown leaves, its escapes removed: read it the same way.
      const icons = [...plain(outsideCode).matchAll(/\$\(([\w-]+(?:~[\w-]+)?)\)/g)].map((m) => m[1]);
      assert.deepEqual(icons, ours.map((m) => /\$\(([\w-]+)\)/.exec(m[0])?.[1]), "no icon but our links' icons");
      assert.ok(spans.every((c) => !c.includes('$(')), `no icon syntax inside a code span: ${JSON.stringify(spans)}`);
      for (const ch of ['[', ']', '(', '<', '`', '*', '_', '$', '#', '>', '|', '~', '!']) {
        const bare = rest.replace(/^_|_ {2}$|_$/gm, '').replace(/^\*\*|\*\*(?= )/gm, '').replace(/⚠️/g, '');
        assert.ok(!unescaped(bare.replace(/ — GELU/, ''), ch), `unescaped ${ch} in ${JSON.stringify(bare.slice(0, 300))}`);
      }
      assert.doesNotMatch(rest, /(?<!\\)(?:https?|ftp):\/\/|(?<![\\\w])www\./, 'no bare URL an autolink would catch');
      assert.doesNotMatch(rest, /[\w.+-]+@[\w-]+\.\w/, 'no bare e-mail address');
      assert.doesNotMatch(md, /\n\s*\n/, 'no blank line: no second block');
      assert.doesNotMatch(md, /\n {0,3}(?:[#>+=|~-]|\d+[.)]|[*] )/, 'no line starts block syntax');
      assert.doesNotMatch(md, /[\u2028\u2029\u0085\r]/, 'no other line breaks');
    });
  }

  it('still reads as the user wrote it once markdown removes the escapes', () => {
    const md = plain(hostileHover('tf/* see http://evil.example/phish */.leakyRelu'));
    assert.ok(md.startsWith('**tf/* see http://evil.example/phish */.leakyRelu**'), md.slice(0, 80));
  });

  it('escapes every ASCII punctuation character, and code spans cannot be closed or hold an icon', () => {
    assert.equal(inert('a.b(c)'), 'a\\.b\\(c\\)');
    assert.equal(inert('x'.repeat(500)).length, 120);
    assert.equal(codeSpan('a`b` $(alert)'), "`a'b' $\u200d(alert)`");
    assert.equal(codeSpan('two\nlines'), '`two lines`');
  });
});
