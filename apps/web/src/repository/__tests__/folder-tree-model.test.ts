import { buildFolderTree, type FlatFolder } from '../folder-tree-model';

const folder = (id: string, parentId: string | null, sortOrder: number): FlatFolder => ({
  id,
  name: { fi: id },
  parentId,
  sortOrder,
});

const shape = (nodes: ReturnType<typeof buildFolderTree>): unknown =>
  nodes.map((n) => (n.children.length ? { [n.folder.id]: shape(n.children) } : n.folder.id));

describe('buildFolderTree', () => {
  it('nests folders under their parents, each level in sortOrder', () => {
    const tree = buildFolderTree([
      folder('apps', null, 2),
      folder('business', null, 1),
      folder('actors', 'business', 1),
      folder('processes', 'business', 0),
      folder('portfolio', 'apps', 0),
    ]);
    expect(shape(tree)).toEqual([{ business: ['processes', 'actors'] }, { apps: ['portfolio'] }]);
  });

  it('keeps a folder whose parent is missing as a root instead of hiding it', () => {
    expect(shape(buildFolderTree([folder('orphan', 'gone', 0), folder('root', null, 1)]))).toEqual([
      'orphan',
      'root',
    ]);
  });

  it('breaks a parent cycle rather than losing both folders', () => {
    const tree = buildFolderTree([folder('a', 'b', 0), folder('b', 'a', 1)]);
    const ids = JSON.stringify(shape(tree));
    expect(ids).toContain('a');
    expect(ids).toContain('b');
    expect(tree.length).toBeGreaterThan(0);
  });
});
