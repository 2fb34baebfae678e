import type { LangMap } from '@kartasto/metamodel';

export interface FlatFolder {
  id: string;
  name: LangMap;
  parentId?: string | null;
  sortOrder: number;
}

export interface FolderNode {
  folder: FlatFolder;
  children: FolderNode[];
}

/**
 * Builds the folder tree from the flat list, children in sortOrder. A folder whose parent is
 * missing (or that sits in a cycle) becomes a root, so nothing the server sends is hidden.
 */
export function buildFolderTree(folders: readonly FlatFolder[]): FolderNode[] {
  const nodes = new Map(folders.map((f) => [f.id, { folder: f, children: [] as FolderNode[] }]));
  const roots: FolderNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.folder.parentId ? nodes.get(node.folder.parentId) : undefined;
    if (parent && !isAncestor(node.folder.id, parent.folder, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: FolderNode[]) => {
    list.sort((a, b) => a.folder.sortOrder - b.folder.sortOrder);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

function isAncestor(id: string, start: FlatFolder, nodes: Map<string, FolderNode>): boolean {
  const seen = new Set<string>();
  for (
    let f: FlatFolder | undefined = start;
    f;
    f = f.parentId ? nodes.get(f.parentId)?.folder : undefined
  ) {
    if (f.id === id) return true;
    if (seen.has(f.id)) return false;
    seen.add(f.id);
  }
  return false;
}
