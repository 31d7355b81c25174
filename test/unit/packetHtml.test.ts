import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { buildPacket } from '../../src/core/packet/packet';
import { PACKET_PAGE_CSP, renderPacketHtml } from '../../src/core/packet/packetHtml';
import { isAllowedLink } from '../../src/core/packet/safeMarkdown';
import { makeEntry } from './helpers';

const H1 = { start: '2026-01-01', end: '2026-06-30', label: 'this half' } as const;

suite('packetHtml: the packet as one web page', () => {
  const hostile = makeEntry({
    path: '2026/2026-03-03-x.md',
    title: '<script>window.ran = 1</script><img src=x onerror="window.ran = 2">',
    date: '2026-03-03',
    elements: ['smart-goals'],
    impact: '![tracker](http://example.com/pixel.png) <iframe src="http://example.com"></iframe> [click](javascript:alert(1))',
    metrics: ['Activation 42% -> 51%'],
  });
  const html = renderPacketHtml(buildPacket([hostile], DEFAULT_ELEMENTS, H1, '2026-06-20').markdown);

  test('a whole document: doctype, charset, the strict policy first in the head, the packet title', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'), html.slice(0, 200));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${PACKET_PAGE_CSP}">`));
    assert.strictEqual(PACKET_PAGE_CSP, "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    assert.ok(html.includes('<title>Promotion packet: 1 Jan – 30 Jun 2026</title>'));
    assert.ok(html.trimEnd().endsWith('</html>'));
  });

  test('self-contained: one inline style, nothing linked, loaded or run', () => {
    assert.strictEqual(html.match(/<style>/g)?.length, 1);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|<embed|<form|@import|url\(/i);
    assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'no event handler attribute');
    assert.doesNotMatch(html, /href="javascript:/i);
  });

  test('entry text shows as text: tags escaped, the link and the image left as their words', () => {
    assert.ok(html.includes('&lt;script&gt;window.ran = 1&lt;/script&gt;&lt;img src=x onerror=&quot;window.ran = 2&quot;&gt;'), html);
    assert.ok(html.includes('[click](javascript:alert(1))'));
  });

  test('the markdown renders: headings, the coverage table with right-aligned counts, links to entries', () => {
    assert.ok(html.includes('<h1>Promotion packet: 1 Jan – 30 Jun 2026</h1>'));
    assert.ok(html.includes('<h2>Coverage</h2>'));
    assert.ok(html.includes('<th style="text-align:right">Wins</th>'));
    assert.ok(html.includes('<a href="2026/2026-03-03-x.md">'));
  });

  test('print-friendly: an @media print block', () => {
    assert.match(html, /@media print \{/);
  });

  suite('links a packet page may hold', () => {
    const cases: [string, boolean][] = [
      ['2026/2026-03-03-x.md', true],
      ['../journal/2026/a%20b.md', true],
      ['#coverage', true],
      ['https://example.com/review', true],
      ['HTTP://example.com', true],
      ['javascript:alert(1)', false],
      [' JavaScript:alert(1)', false],
      ['data:text/html,<script>', false],
      ['file:///etc/passwd', false],
      ['vbscript:x', false],
      ['//example.com/x', false],
      ['/etc/passwd', false],
      ['\\\\server\\share', false],
      ['mailto:a@b.c', false],
    ];
    for (const [url, allowed] of cases) {
      test(`${allowed ? 'allows' : 'refuses'} ${url}`, () => assert.strictEqual(isAllowedLink(url), allowed));
    }

    test('a refused link renders as its text, never as an anchor', () => {
      const page = renderPacketHtml('# T\n\n[a](file:///etc/passwd) [b](//example.com) [c](https://example.com) [d](x.md) <https://example.com/auto>\n');
      assert.ok(!page.includes('href="file:') && !page.includes('href="//'));
      assert.ok(page.includes('<a href="https://example.com">c</a>') && page.includes('<a href="x.md">d</a>'));
      assert.ok(page.includes('<a href="https://example.com/auto">'), 'an http autolink is allowed');
    });

    test('bare addresses stay text (no linkify), images are off: at most a link, never fetched', () => {
      const page = renderPacketHtml('# T\n\nSee https://example.com and ![x](y.png)\n');
      assert.ok(!page.includes('href="https://example.com"'), page);
      assert.ok(!page.includes('<img') && page.includes('!<a href="y.png">x</a>'), page);
    });
  });
});
