import { useSyncExternalStore } from 'react';

/** The screens Kartasto has, parsed from the URL path. */
export type Route =
  | { name: 'home' }
  | { name: 'model'; modelId: string }
  | { name: 'element'; modelId: string; elementId: string }
  | { name: 'portfolio'; modelId: string }
  | { name: 'view'; modelId: string; viewId: string };

const NAVIGATE_EVENT = 'kartasto:navigate';

export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'models' && parts[1]) {
    if (parts[2] === 'portfolio') return { name: 'portfolio', modelId: parts[1] };
    if (parts[2] === 'views' && parts[3])
      return { name: 'view', modelId: parts[1], viewId: parts[3] };
    if (parts[2] === 'elements' && parts[3])
      return { name: 'element', modelId: parts[1], elementId: parts[3] };
    return { name: 'model', modelId: parts[1] };
  }
  return { name: 'home' };
}

export function modelPath(modelId: string): string {
  return `/models/${encodeURIComponent(modelId)}`;
}

export function portfolioPath(modelId: string): string {
  return `${modelPath(modelId)}/portfolio`;
}

export function elementPath(modelId: string, elementId: string): string {
  return `${modelPath(modelId)}/elements/${encodeURIComponent(elementId)}`;
}

export function viewPath(modelId: string, viewId: string): string {
  return `${modelPath(modelId)}/views/${encodeURIComponent(viewId)}`;
}

/** Pushes a path onto the History API and tells every useRoute about it. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = () => window.location.pathname;

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath);
  return parseRoute(path);
}
