/** A small deterministic random generator (mulberry32), so the same view starts from the same positions. */
export function seededRandom(seed: string | number): () => number {
  let state = 0;
  if (typeof seed === "number") state = seed | 0;
  else for (let i = 0; i < seed.length; i++) state = (state * 31 + seed.charCodeAt(i)) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
