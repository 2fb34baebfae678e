import { useDiagramT, type DiagramTextKey } from './diagram-i18n';
import type { Alignment } from './selection-commands';

export type ToolbarAction =
  | 'undo'
  | 'redo'
  | 'layout'
  | 'connect'
  | 'pin'
  | 'unpin'
  | 'remove'
  | 'deleteFromModel'
  | 'legend'
  | 'exportSvg'
  | 'exportPng'
  | `align-${Alignment}`;

interface EditorToolbarProps {
  editable: boolean;
  canUndo: boolean;
  canRedo: boolean;
  selectedCount: number;
  layingOut: boolean;
  legendShown: boolean;
  status: string;
  /** Download address of this view as an ArchiMate exchange file. */
  exchangeHref: string;
  onAction(action: ToolbarAction): void;
}

/** Buttons over the canvas; every one has a keyboard shortcut or a plain label. */
export function EditorToolbar(props: EditorToolbarProps) {
  const t = useDiagramT();
  const button = (action: ToolbarAction, label: DiagramTextKey, text: string, disabled = false) => (
    <button
      type="button"
      title={t(label)}
      aria-label={t(label)}
      disabled={disabled}
      onClick={() => props.onAction(action)}
      data-testid={`tool-${action}`}
    >
      {text}
    </button>
  );
  const some = props.selectedCount > 0;
  const many = props.selectedCount > 1;
  return (
    <div className="diagram-toolbar" role="toolbar">
      {props.editable && (
        <>
          {button('undo', 'toolbar.undo', '↶', !props.canUndo)}
          {button('redo', 'toolbar.redo', '↷', !props.canRedo)}
          <span className="toolbar-gap" />
          <button
            type="button"
            onClick={() => props.onAction('layout')}
            disabled={props.layingOut}
            title={t(some ? 'toolbar.layoutSelection' : 'toolbar.layout')}
            data-testid="tool-layout"
          >
            {props.layingOut
              ? t('toolbar.layingOut')
              : t(some ? 'toolbar.layoutSelection' : 'toolbar.layout')}
          </button>
          {button('align-left', 'toolbar.alignLeft', '⇤', !many)}
          {button('align-top', 'toolbar.alignTop', '⤒', !many)}
          {button('align-center', 'toolbar.alignCenter', '↔', !many)}
          {button('connect', 'connect.create', '⟶', props.selectedCount !== 2)}
          {button('pin', 'toolbar.pin', '⚲', !some)}
          {button('unpin', 'toolbar.unpin', '⌀', !some)}
          {button('remove', 'toolbar.remove', '✕', !some)}
          {button('deleteFromModel', 'toolbar.deleteFromModel', '⌫', !some)}
          <span className="toolbar-gap" />
        </>
      )}
      <button
        type="button"
        aria-pressed={props.legendShown}
        onClick={() => props.onAction('legend')}
        data-testid="tool-legend"
      >
        {t('toolbar.legend')}
      </button>
      <button
        type="button"
        onClick={() => props.onAction('exportSvg')}
        data-testid="tool-exportSvg"
      >
        {t('toolbar.exportSvg')}
      </button>
      <button
        type="button"
        onClick={() => props.onAction('exportPng')}
        data-testid="tool-exportPng"
      >
        {t('toolbar.exportPng')}
      </button>
      <a className="button" href={props.exchangeHref} download data-testid="tool-exportXml">
        {t('toolbar.exportXml')}
      </a>
      <span className="diagram-status muted" data-testid="diagram-status">
        {props.status}
      </span>
    </div>
  );
}
