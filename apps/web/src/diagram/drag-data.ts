import type { LangMap } from '@kartasto/metamodel';

/** An element dragged from the repository browser or the palette onto the canvas. */
export interface DraggedElement {
  id: string;
  type: string;
  name: LangMap;
}

const MIME = 'application/x-kartasto-element';

export function writeElementDrag(transfer: DataTransfer, element: DraggedElement): void {
  transfer.setData(
    MIME,
    JSON.stringify({ id: element.id, type: element.type, name: element.name }),
  );
  transfer.effectAllowed = 'copyLink';
}

export function readElementDrag(transfer: DataTransfer): DraggedElement | null {
  const raw = transfer.getData(MIME);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as DraggedElement;
    return typeof value.id === 'string' && typeof value.type === 'string' ? value : null;
  } catch {
    return null;
  }
}
