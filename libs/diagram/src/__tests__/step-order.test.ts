import { rankSteps } from '../step-order';

const f = (sourceId: string, targetId: string) => ({ sourceId, targetId });

describe('rankSteps', () => {
  it('ranks a chain left to right', () => {
    const r = rankSteps(['a', 'b', 'c'], [f('a', 'b'), f('b', 'c')]);
    expect([...r]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('uses the longest path so joins come after every branch', () => {
    const r = rankSteps(['a', 'b', 'c', 'd'], [f('a', 'b'), f('b', 'c'), f('a', 'd'), f('c', 'd')]);
    expect(r.get('d')).toBe(3);
  });

  it('breaks a loop back to an earlier step without moving the path', () => {
    const r = rankSteps(['a', 'b', 'c'], [f('a', 'b'), f('b', 'c'), f('c', 'b')]);
    expect(Object.fromEntries(r)).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('handles a pure cycle and ignores flows to unknown steps', () => {
    const r = rankSteps(['x', 'y'], [f('x', 'y'), f('y', 'x'), f('y', 'zzz'), f('x', 'x')]);
    expect(Object.fromEntries(r)).toEqual({ x: 0, y: 1 });
  });

  it('copes with long paths without deep recursion', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `s${i}`);
    const flows = ids.slice(1).map((id, i) => f(ids[i], id));
    expect(rankSteps(ids, flows).get('s19999')).toBe(19999);
  });
});
