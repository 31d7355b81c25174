import * as assert from 'assert';
import { isStrongEntry } from '../../src/core/evidence/evidenceQuality';
import { makeEntry } from './helpers';

const strongImpact = (impact: string) => isStrongEntry(makeEntry({ impact }));
const strongMetrics = (...metrics: string[]) => isStrongEntry(makeEntry({ metrics }));

suite('evidenceQuality: isStrongEntry', () => {
  const measured = [
    'Cut churn from 4.1% to 2.9%',
    '4.1%',
    '20 %',
    'Saved $120k a year',
    '$120k',
    '€2m pipeline',
    '£300 per seat',
    '¥5000',
    '$1.2bn market',
    '3x faster onboarding',
    '3X',
    'grew 3 x',
    '10x',
    '2,300 users',
    '12.5 hours saved',
    'NPS 31 -> 45',
    '+12 pp conversion',
    '10pp',
    '5 pts',
    '1 pt',
    '40k MAU',
    '7 teams aligned',
    'Activation: 31%',
    '(42)',
  ];
  for (const text of measured) {
    test(`strong: ${JSON.stringify(text)}`, () => {
      assert.strictEqual(strongImpact(text), true, 'as impact');
      assert.strictEqual(strongMetrics(text), true, 'as a metric');
    });
  }

  const names = [
    'Q3',
    'H1',
    'v2',
    'Planned the Q3 launch',
    'H1 roadmap agreed with VP Sales',
    'Shipped v2 of onboarding',
    'FY2026 planning',
    'B2B and B2C',
    'K8s migration',
    'mp3 support',
    '3D preview',
    '1st place',
    'Got buy-in from Finance',
    'Reduced churn a lot',
    '',
    '   ',
  ];
  for (const text of names) {
    test(`not strong: ${JSON.stringify(text)}`, () => {
      assert.strictEqual(strongImpact(text), false, 'as impact');
      assert.strictEqual(strongMetrics(text), false, 'as a metric');
    });
  }

  test('dotted version numbers are names, like v2', () => {
    assert.strictEqual(strongImpact('Shipped v2.0 of onboarding'), false);
    assert.strictEqual(strongImpact('Released v1.2.3'), false);
  });

  test('no impact and no metrics is not strong', () => {
    assert.strictEqual(isStrongEntry(makeEntry()), false);
  });

  test('any one measured metric is enough', () => {
    assert.strictEqual(isStrongEntry(makeEntry({ impact: 'Aligned sales in Q3', metrics: ['H1 plan', 'churn 4.1% -> 2.9%'] })), true);
  });

  test('numbers elsewhere (title, tags, stakeholders) do not count', () => {
    const entry = makeEntry({ title: 'Cut churn by 40%', tags: ['100x'], stakeholders: ['Team of 12'], impact: 'Aligned sales' });
    assert.strictEqual(isStrongEntry(entry), false);
  });

  test('the test is stateless (no sticky lastIndex between calls)', () => {
    for (let i = 0; i < 5; i++) {
      assert.strictEqual(strongImpact('4.1%'), true);
      assert.strictEqual(strongImpact('Q3'), false);
    }
  });
});
