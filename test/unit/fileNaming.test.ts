import * as assert from 'assert';
import { createUnderFreeName, entryFileName, slugify } from '../../src/core/newEntries/fileNaming';
import { seededRandom } from './helpers';

const DAY = '2026-07-14';
// Marks (\p{M}) are part of words in scripts such as Devanagari, where they are vowels.
const ENTRY_NAME = /^\d{4}-\d{2}-\d{2}-[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*(-\d+)?\.md$/u;
const SLUG = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u;

const nothingTaken = () => false;

function codePoints(text: string): number {
  return [...text].length;
}

/** The safety properties every file name must have, whatever the title. */
function assertSafeName(name: string, title: string): void {
  const context = `title ${JSON.stringify(title)} gave ${JSON.stringify(name)}`;
  assert.match(name, ENTRY_NAME, context);
  assert.ok(!name.includes('..'), `no "..": ${context}`);
  assert.ok(!/[/\\:*?"<>|]/.test(name), `no path or reserved characters: ${context}`);
  assert.ok(!/[\p{Cc}\p{Cf}\p{Z}]/u.test(name), `no control, format or space characters: ${context}`);
  assert.ok(!name.startsWith('.'), `no leading dot: ${context}`);
  const slug = slugify(title);
  assert.ok(codePoints(slug) <= 60, `slug of at most 60 characters: ${context}`);
  const suffix = name.slice(`${DAY}-${slug}`.length, -'.md'.length);
  assert.ok(name.startsWith(`${DAY}-${slug}`) && /^(-\d+)?$/.test(suffix), `the slug, then an optional -N: ${context}`);
}

suite('fileNaming: slugify', () => {
  const cases: [string, string, string][] = [
    ['plain words', 'Re-scoped Q3 pricing launch after churn data', 're-scoped-q3-pricing-launch-after-churn-data'],
    ['punctuation is one separator', 'Hello,   world!!! (again)', 'hello-world-again'],
    ['accents are stripped', 'Über Café in Zürich, déjà vu', 'uber-cafe-in-zurich-deja-vu'],
    ['compatibility forms are folded', 'ﬁnal ﬂow ²', 'final-flow-2'],
    ['Cyrillic letters are kept', 'Привет Мир', 'привет-мир'],
    ['Greek letters are kept', 'Καλημέρα κόσμε', 'καλημερα-κοσμε'],
    ['CJK letters are kept', '日本語のタイトル', '日本語のタイトル'],
    ['Korean syllables are kept whole', '한국어 제목', '한국어-제목'],
    ['Arabic letters and digits are kept', 'مرحبا ١٢٣', 'مرحبا-١٢٣'],
    ['ß is a letter', 'Straße', 'straße'],
    ['dotted capital I', 'İstanbul', 'istanbul'],
    ['emoji between words are separators', 'Shipped 🚀 it 🎉', 'shipped-it'],
    ['emoji-only title', '🚀🚀', 'win'],
    ['emoji with joiners and skin tones', '👩🏽‍💻👨‍👩‍👧', 'win'],
    ['empty title', '', 'win'],
    ['whitespace-only title', ' \t\n\u00a0\u2003 ', 'win'],
    ['punctuation-only title', '...///\\\\', 'win'],
    ['parent directory (POSIX)', '../../etc/passwd', 'etc-passwd'],
    ['parent directory (Windows)', '..\\..\\Windows\\System32', 'windows-system32'],
    ['only dots and slashes', '../..\\./', 'win'],
    ['absolute POSIX path', '/etc/hosts', 'etc-hosts'],
    ['absolute Windows path', 'C:\\Users\\me\\notes', 'c-users-me-notes'],
    ['UNC path', '\\\\server\\share\\x', 'server-share-x'],
    ['hidden file', '.bashrc', 'bashrc'],
    ['file name with extension', 'report.md', 'report-md'],
    ['control characters', 'a\u0000b\u0007c\u001bd\u007fe\u0085f', 'a-b-c-d-e-f'],
    ['line breaks and tabs', 'first\r\nsecond\tthird', 'first-second-third'],
    ['zero-width and bidi characters', 'a\u200bb\u200ec\u202ed\ufeffe', 'a-b-c-d-e'],
    ['lone surrogates', 'a\ud800b\udc00c', 'a-b-c'],
    ['Windows-forbidden characters', 'a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h'],
  ];
  for (const [name, title, slug] of cases) {
    test(`${name}: ${JSON.stringify(title)} -> ${slug}`, () => {
      assert.strictEqual(slugify(title), slug);
    });
  }

  suite('Windows reserved names', () => {
    const reserved = ['con', 'prn', 'aux', 'nul', 'com0', 'com1', 'com9', 'lpt1', 'lpt9'];
    for (const name of reserved) {
      for (const written of [name, name.toUpperCase(), name[0].toUpperCase() + name.slice(1)]) {
        test(`${written} -> ${name}-win`, () => {
          assert.strictEqual(slugify(written), `${name}-win`);
        });
      }
    }

    test('reserved names with an extension, surrounding spaces or dots are still made safe', () => {
      assert.strictEqual(slugify('CON.txt'), 'con-txt');
      assert.strictEqual(slugify('  NUL  '), 'nul-win');
      assert.strictEqual(slugify('nul.'), 'nul-win');
      assert.strictEqual(slugify('.aux'), 'aux-win');
      assert.strictEqual(slugify('COM¹'), 'com1-win'); // superscript digit, also reserved by Windows
    });

    test('names that only start like a reserved name are kept', () => {
      assert.strictEqual(slugify('console'), 'console');
      assert.strictEqual(slugify('Auxiliary'), 'auxiliary');
      assert.strictEqual(slugify('com10'), 'com10');
      assert.strictEqual(slugify('con game'), 'con-game');
    });
  });

  suite('long titles', () => {
    test('are cut at a word boundary, at most 60 characters', () => {
      const title = 'Aligned sales, finance and product on a single pricing model for the SMB tier in Q3';
      const slug = slugify(title);
      assert.strictEqual(slug, 'aligned-sales-finance-and-product-on-a-single-pricing-model');
      assert.strictEqual(slug.length, 59);
    });

    test('a slug of exactly 60 characters is kept whole', () => {
      const title = `${'a'.repeat(29)} ${'b'.repeat(30)}`;
      assert.strictEqual(slugify(title), `${'a'.repeat(29)}-${'b'.repeat(30)}`);
      assert.strictEqual(slugify(`${title} c`), `${'a'.repeat(29)}-${'b'.repeat(30)}`);
    });

    test('a single 500-character word is cut to 60 characters', () => {
      assert.strictEqual(slugify('x'.repeat(500)), 'x'.repeat(60));
      assert.strictEqual(slugify(`${'y'.repeat(500)} tail`), 'y'.repeat(60));
    });

    test('characters are counted as code points, never splitting a surrogate pair', () => {
      const word = '𝒜'.repeat(100); // mathematical script A, outside the BMP, folded to "a" by NFKD
      assert.strictEqual(slugify(word), 'a'.repeat(60));
      const han = '𠀀'.repeat(100); // CJK extension B, a letter outside the BMP
      const slug = slugify(han);
      assert.strictEqual(codePoints(slug), 60);
      assert.strictEqual(slug, '𠀀'.repeat(60));
    });

    test('long non-Latin titles are cut at 60 characters too', () => {
      const slug = slugify('日本語'.repeat(50));
      assert.strictEqual(codePoints(slug), 60);
    });
  });
});

suite('fileNaming: entryFileName', () => {
  test('YYYY-MM-DD-slug.md', () => {
    assert.strictEqual(entryFileName(DAY, 'Re-scoped Q3 pricing launch', nothingTaken), '2026-07-14-re-scoped-q3-pricing-launch.md');
    assert.strictEqual(entryFileName(DAY, '', nothingTaken), '2026-07-14-win.md');
    assert.strictEqual(entryFileName(DAY, '🚀🚀', nothingTaken), '2026-07-14-win.md');
  });

  test('adds -2, -3, ... when names are taken', () => {
    const taken = new Set(['2026-07-14-win.md', '2026-07-14-win-2.md']);
    assert.strictEqual(entryFileName(DAY, 'Win', (name) => taken.has(name)), '2026-07-14-win-3.md');
    assert.strictEqual(entryFileName(DAY, 'Other', (name) => taken.has(name)), '2026-07-14-other.md');
  });

  test('skips a taken suffix even when an earlier one is free', () => {
    const taken = new Set(['2026-07-14-win.md', '2026-07-14-win-3.md']);
    assert.strictEqual(entryFileName(DAY, 'Win', (name) => taken.has(name)), '2026-07-14-win-2.md');
  });

  test('never returns a taken name, and asks about each candidate in order', () => {
    const asked: string[] = [];
    const taken = new Set(Array.from({ length: 50 }, (_, i) => (i === 0 ? '2026-07-14-win.md' : `2026-07-14-win-${i + 1}.md`)));
    const name = entryFileName(DAY, 'win', (candidate) => {
      asked.push(candidate);
      return taken.has(candidate);
    });
    assert.strictEqual(name, '2026-07-14-win-51.md');
    assert.ok(!taken.has(name));
    assert.strictEqual(asked.length, 51);
    assert.deepStrictEqual(asked.slice(0, 3), ['2026-07-14-win.md', '2026-07-14-win-2.md', '2026-07-14-win-3.md']);
  });

  test('a case-insensitive isTaken is respected', () => {
    const existing = ['2026-07-14-Win.md'];
    const isTaken = (name: string) => existing.some((file) => file.toLowerCase() === name.toLowerCase());
    assert.strictEqual(entryFileName(DAY, 'WIN', isTaken), '2026-07-14-win-2.md');
  });

  test('a title that ends in a number is not confused with a suffix', () => {
    const taken = new Set(['2026-07-14-release-2.md']);
    assert.strictEqual(entryFileName(DAY, 'Release 2', (name) => taken.has(name)), '2026-07-14-release-2-2.md');
  });

  test('hazardous titles give safe names', () => {
    const titles = [
      '../../etc/passwd', '..\\..\\boot.ini', '/abs/path', 'C:\\x', 'con', 'LPT9', 'nul.md', '', '   ', '🚀🚀',
      'x'.repeat(500), 'a\u0000b', '.', '..', '...', '.git', '-', '--', '-leading', 'trailing-', 'a--b',
    ];
    for (const title of titles) {
      assertSafeName(entryFileName(DAY, title, nothingTaken), title);
      assertSafeName(entryFileName(DAY, title, (name) => !name.endsWith('-7.md')), title);
    }
  });

  test('property: random titles always give a safe name (2000 seeded samples)', () => {
    const random = seededRandom(20260714);
    const pool = [
      ...'abcXYZ019 -_.',
      '.', '..', '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085',
      '\t', '\n', '\r', '\u00a0', '\u2028', '\u200b', '\u200d', '\u202e', '\ufeff', '\ufffd',
      'é', 'e\u0301', 'ß', 'İ', 'ﬁ', '²', '½', 'Ⅻ', 'Ω', 'Ж', 'ж', 'ع', '١', 'ह', 'ि', '日', '한', 'ᄀ', 'ๆ',
      '🚀', '👩🏽‍💻', '🇫🇷', '𝒜', '𠀀', '\ud800', '\udfff', 'con', 'NUL', 'com1', 'lpt9', ' CON ', '.md', '~', '$',
    ];
    for (let sample = 0; sample < 2000; sample++) {
      const length = Math.floor(random() * 80);
      let title = '';
      for (let i = 0; i < length; i++) {
        title += pool[Math.floor(random() * pool.length)];
      }
      const takenCount = Math.floor(random() * 4);
      const base = `${DAY}-${slugify(title)}`;
      // The plain name, then -2, -3, ... are taken, takenCount names in all.
      const taken = new Set(Array.from({ length: takenCount }, (_, i) => (i === 0 ? `${base}.md` : `${base}-${i + 1}.md`)));
      const name = entryFileName(DAY, title, (candidate) => taken.has(candidate));
      assertSafeName(name, title);
      assert.ok(!taken.has(name), `never a taken name: ${JSON.stringify(title)}`);
      assert.match(slugify(title), SLUG, JSON.stringify(title));
    }
  });
});

suite('fileNaming: createUnderFreeName', () => {
  const nameFor = (isTaken: (name: string) => boolean) => entryFileName(DAY, 'Pricing sync', isTaken);

  test('a name listed as taken, in any case, is skipped', async () => {
    const tried: string[] = [];
    const name = await createUnderFreeName(['2026-07-14-PRICING-SYNC.md'], nameFor, async (candidate) => (tried.push(candidate), true));
    assert.strictEqual(name, '2026-07-14-pricing-sync-2.md');
    assert.deepStrictEqual(tried, ['2026-07-14-pricing-sync-2.md']);
  });

  test('a name that turns out taken at create time moves on to the next free one', async () => {
    const appeared = new Set(['2026-07-14-pricing-sync.md', '2026-07-14-pricing-sync-2.md']);
    const tried: string[] = [];
    const name = await createUnderFreeName([], nameFor, async (candidate) => (tried.push(candidate), !appeared.has(candidate)));
    assert.strictEqual(name, '2026-07-14-pricing-sync-3.md');
    assert.deepStrictEqual(tried, ['2026-07-14-pricing-sync.md', '2026-07-14-pricing-sync-2.md', '2026-07-14-pricing-sync-3.md']);
  });

  test('a create that fails is not retried under another name', async () => {
    let calls = 0;
    await assert.rejects(
      createUnderFreeName([], nameFor, async () => {
        calls++;
        throw Object.assign(new Error('read-only'), { code: 'EROFS' });
      }),
      /read-only/,
    );
    assert.strictEqual(calls, 1);
  });

  test('a file system that calls every name taken ends in an error, not a loop', async () => {
    await assert.rejects(createUnderFreeName([], nameFor, async () => false), /no free file name after 1000 tries/);
  });
});
