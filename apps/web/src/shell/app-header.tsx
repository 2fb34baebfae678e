import { LanguageSwitcher } from './language-switcher';
import { ModelChooser, type ChooserModel, type ChooserOrganization } from './model-chooser';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  organizations: readonly ChooserOrganization[];
  models: readonly ChooserModel[];
  organizationId: string | null;
  modelId: string | null;
  viewer: { displayName: string; email: string };
  onOrganization(organizationId: string): void;
  onModel(modelId: string): void;
  onSignOut(): void;
}

export function AppHeader(props: AppHeaderProps) {
  return (
    <header className="app-header">
      <span className="brand">Kartasto</span>
      <ModelChooser
        organizations={props.organizations}
        models={props.models}
        organizationId={props.organizationId}
        modelId={props.modelId}
        onOrganization={props.onOrganization}
        onModel={props.onModel}
      />
      <div className="header-end">
        <LanguageSwitcher />
        <UserMenu
          displayName={props.viewer.displayName}
          email={props.viewer.email}
          onSignOut={props.onSignOut}
        />
      </div>
    </header>
  );
}
