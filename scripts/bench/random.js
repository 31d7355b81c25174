// A small seeded random source, so that a seed always gives the same journal.
// xorshift32 over a seed hashed from any string; quality is ample for test data.
'use strict';

function hashSeed(seed) {
  let hash = 2166136261;
  for (const char of String(seed)) {
    hash = Math.imul(hash ^ char.codePointAt(0), 16777619);
  }
  return hash >>> 0 || 1; // xorshift never leaves 0
}

class Random {
  constructor(seed) {
    this.state = hashSeed(seed);
  }

  /** A float in [0, 1). */
  next() {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability) {
    return this.next() < probability;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in random order. */
  pickDistinct(items, count) {
    const pool = [...items];
    const picked = [];
    while (picked.length < count && pool.length > 0) {
      picked.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
    return picked;
  }
}

module.exports = { Random };
