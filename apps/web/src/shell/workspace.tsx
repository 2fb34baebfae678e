import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewerQuery } from '@kartasto/graphql';
import { useErrorMessage } from '../api/use-error-message';
import { useSignOut } from '../auth/use-sign-in';
import { CreateElementContainer } from '../elements/create-element-container';
import { ElementPanelContainer } from '../elements/element-panel-container';
import { ModelOverviewContainer } from '../models/model-overview-container';
import { useOrganizationsAndModels } from '../models/use-models';
import { RepositoryBrowser } from '../repository/repository-browser';
import { PortfolioNavLink } from '../portfolio/portfolio-nav-link';
import { PortfolioPage } from '../portfolio/portfolio-page';
import { ViewEditorContainer } from '../diagram/view-editor-container';
import { modelPath, navigate, useRoute } from '../router/router';
import { AppHeader } from './app-header';
import { chooseDefaultModel } from './choose-default-model';
import { useNewElementShortcut } from './use-new-element-shortcut';

type Viewer = NonNullable<ViewerQuery['me']>;

/** Container for the signed-in screens: header, repository browser and the element panel. */
export function Workspace({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const route = useRoute();
  const catalog = useOrganizationsAndModels();
  const signOut = useSignOut();
  const message = useErrorMessage();
  const [creating, setCreating] = useState(false);

  const models = catalog.data?.models ?? [];
  const modelId = route.name === 'home' ? null : route.modelId;
  const model = models.find((m) => m.id === modelId);
  const canEdit = model?.canEdit ?? false;

  useEffect(() => {
    if (route.name !== 'home' || !catalog.data) return;
    const own = viewer.memberships.map((m) => m.organizationId);
    const first = chooseDefaultModel(catalog.data.models, own);
    if (first) navigate(modelPath(first.id), { replace: true });
  }, [route.name, catalog.data, viewer.memberships]);

  const startCreate = useCallback(() => setCreating(true), []);
  useNewElementShortcut(canEdit && !creating, startCreate);

  const chooseOrganization = (organizationId: string) => {
    const first = models.find((m) => m.organizationId === organizationId);
    navigate(first ? modelPath(first.id) : '/');
  };

  return (
    <div className="workspace">
      <AppHeader
        organizations={catalog.data?.organizations ?? []}
        models={models}
        organizationId={model?.organizationId ?? null}
        modelId={modelId}
        viewer={viewer}
        onOrganization={chooseOrganization}
        onModel={(id) => navigate(modelPath(id))}
        onSignOut={() => signOut.mutate()}
      />
      {catalog.isError && (
        <p className="error banner" role="alert">
          {message(catalog.error)}
        </p>
      )}
      {modelId && <PortfolioNavLink modelId={modelId} active={route.name === 'portfolio'} />}
      {modelId && route.name === 'portfolio' ? (
        <main className="workspace-main portfolio-main" id="main">
          <PortfolioPage key={modelId} modelId={modelId} canEdit={canEdit} />
        </main>
      ) : modelId ? (
        <div className="workspace-body">
          <RepositoryBrowser
            key={modelId}
            modelId={modelId}
            selectedElementId={route.name === 'element' ? route.elementId : null}
            selectedViewId={route.name === 'view' ? route.viewId : null}
            canEdit={canEdit}
            onCreate={startCreate}
          />
          <main
            className={
              route.name === 'view' ? 'workspace-main diagram-main-area' : 'workspace-main'
            }
            id="main"
          >
            {route.name === 'view' ? (
              <ViewEditorContainer
                key={route.viewId}
                modelId={modelId}
                viewId={route.viewId}
                canEdit={canEdit}
              />
            ) : route.name === 'element' ? (
              <ElementPanelContainer
                key={route.elementId}
                modelId={modelId}
                elementId={route.elementId}
              />
            ) : (
              <ModelOverviewContainer modelId={modelId} />
            )}
          </main>
        </div>
      ) : (
        <p className="splash muted">
          {catalog.isPending ? t('common.loading') : t('header.noModel')}
        </p>
      )}
      {creating && modelId && (
        <CreateElementContainer modelId={modelId} onClose={() => setCreating(false)} />
      )}
    </div>
  );
}
