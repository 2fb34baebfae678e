/**
 * Column (rank) of each step of a process: steps flow left to right along triggering and
 * flow relationships. Cycles are broken at the edge that closes the loop when walking in
 * the given order, so a loop back to an earlier step does not push the whole path right.
 * Rank is the longest path from a start step, which keeps every flow pointing rightwards.
 */
export function rankSteps(
  stepIds: readonly string[],
  flows: readonly { sourceId: string; targetId: string }[],
): Map<string, number> {
  const ids = new Set(stepIds);
  const next = new Map<string, string[]>(stepIds.map((id) => [id, []]));
  for (const f of flows) {
    if (ids.has(f.sourceId) && ids.has(f.targetId) && f.sourceId !== f.targetId) {
      next.get(f.sourceId)!.push(f.targetId);
    }
  }
  // Depth-first search from steps nobody triggers (then any left), dropping back edges.
  const hasIncoming = new Set(flows.filter((f) => ids.has(f.sourceId)).map((f) => f.targetId));
  const starts = [...stepIds.filter((id) => !hasIncoming.has(id)), ...stepIds];
  const state = new Map<string, 'open' | 'done'>();
  const forward = new Map<string, string[]>(stepIds.map((id) => [id, []]));
  const postorder: string[] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    // Iterative DFS so long paths in big models cannot overflow the stack.
    const stack: { id: string; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const succ = next.get(top.id)!;
      if (top.i < succ.length) {
        const t = succ[top.i++];
        const s = state.get(t);
        if (s === 'open') continue; // back edge: closes a cycle
        forward.get(top.id)!.push(t);
        if (!s) {
          state.set(t, 'open');
          stack.push({ id: t, i: 0 });
        }
      } else {
        state.set(top.id, 'done');
        postorder.push(top.id);
        stack.pop();
      }
    }
  }
  const rank = new Map<string, number>(stepIds.map((id) => [id, 0]));
  for (const id of postorder.reverse()) {
    for (const t of forward.get(id)!) rank.set(t, Math.max(rank.get(t)!, rank.get(id)! + 1));
  }
  return rank;
}
