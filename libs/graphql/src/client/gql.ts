/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ViewFields on View {\n    id\n    modelId\n    version\n    kind\n    name\n    documentation\n    viewpoint\n    nodes {\n      id\n      kind\n      parentId\n      elementId\n      viewRefId\n      label\n      documentation\n      x\n      y\n      width\n      height\n      style\n      pinned\n      sortOrder\n    }\n    connections {\n      id\n      kind\n      relationshipId\n      sourceId\n      targetId\n      bendpoints\n      label\n      documentation\n      style\n      sortOrder\n    }\n  }\n": typeof types.ViewFieldsFragmentDoc,
    "\n  query ViewWithModel($id: ID!) {\n    view(id: $id) {\n      ...ViewFields\n    }\n    viewModel(viewId: $id)\n  }\n": typeof types.ViewWithModelDocument,
    "\n  query ViewList($modelId: ID!) {\n    views(modelId: $modelId) {\n      id\n      name\n      kind\n      viewpoint\n    }\n  }\n": typeof types.ViewListDocument,
    "\n  mutation ApplyViewCommands($viewId: ID!, $expectedVersion: Int!, $commands: [JSON!]!) {\n    applyViewCommands(viewId: $viewId, expectedVersion: $expectedVersion, commands: $commands) {\n      ...ViewFields\n    }\n  }\n": typeof types.ApplyViewCommandsDocument,
    "\n  mutation GenerateView($input: GenerateViewInput!) {\n    generateView(input: $input) {\n      id\n      modelId\n    }\n  }\n": typeof types.GenerateViewDocument,
    "\n  mutation CreateView($input: CreateViewInput!) {\n    createView(input: $input) {\n      id\n      modelId\n    }\n  }\n": typeof types.CreateViewDocument,
    "\n  mutation CreateElement($input: CreateElementInput!) {\n    createElement(input: $input) {\n      id\n      modelId\n    }\n  }\n": typeof types.CreateElementDocument,
    "\n  mutation UpdateElement($input: UpdateElementInput!) {\n    updateElement(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateElementDocument,
    "\n  mutation DeleteElement($id: ID!, $expectedVersion: Int!) {\n    deleteElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.DeleteElementDocument,
    "\n  mutation RestoreElement($id: ID!, $expectedVersion: Int!) {\n    restoreElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.RestoreElementDocument,
    "\n  query ElementDetail($id: ID!) {\n    element(id: $id) {\n      id\n      modelId\n      identifier\n      type\n      specialization\n      name\n      documentation\n      folderId\n      version\n      deletedAt\n      updatedAt\n      properties {\n        definitionId\n        value\n      }\n      outgoing {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        targetId\n        target {\n          id\n          name\n          type\n        }\n      }\n      incoming {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        sourceId\n        source {\n          id\n          name\n          type\n        }\n      }\n      usedInViews {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ElementDetailDocument,
    "\n  mutation UpdateModelVisibility($input: UpdateModelInput!) {\n    updateModel(input: $input) {\n      id\n      visibility\n      version\n    }\n  }\n": typeof types.UpdateModelVisibilityDocument,
    "\n  query Model($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      state\n      visibility\n      version\n      canEdit\n      organization {\n        id\n        name\n        myRole\n      }\n    }\n  }\n": typeof types.ModelDocument,
    "\n  query PropertyDefinitions($id: ID!) {\n    model(id: $id) {\n      id\n      propertyDefinitions {\n        identifier\n        name\n        dataType\n      }\n    }\n  }\n": typeof types.PropertyDefinitionsDocument,
    "\n  query OrganizationsAndModels {\n    organizations {\n      id\n      name\n      slug\n      kind\n      myRole\n    }\n    models {\n      id\n      name\n      kind\n      state\n      visibility\n      canEdit\n      organizationId\n    }\n  }\n": typeof types.OrganizationsAndModelsDocument,
    "\n  query Portfolio($modelId: ID!) {\n    portfolio(modelId: $modelId) {\n      totalCount\n      models {\n        id\n        organizationId\n        canEdit\n      }\n      attributes {\n        key\n        identifier\n        label\n        kind\n        group\n        valueList\n      }\n      valueLists {\n        organizationId\n        canEdit\n        lists {\n          key\n          label\n          version\n          values {\n            code\n            label\n          }\n        }\n      }\n      rows {\n        elementId\n        identifier\n        version\n        specialization\n        name\n        documentation\n        values\n        legalMissing\n        interfaces {\n          relationshipId\n          direction\n          partnerName\n          transferMethod\n        }\n        dataResources {\n          elementId\n          name\n        }\n      }\n    }\n  }\n": typeof types.PortfolioDocument,
    "\n  mutation UpdatePortfolioCell($input: UpdatePortfolioCellInput!) {\n    updatePortfolioCell(input: $input) {\n      elementId\n      version\n      name\n      documentation\n      values\n      legalMissing\n    }\n  }\n": typeof types.UpdatePortfolioCellDocument,
    "\n  query PortfolioSavedFilters($modelId: ID) {\n    portfolioSavedFilters(modelId: $modelId) {\n      id\n      name\n      settings\n    }\n  }\n": typeof types.PortfolioSavedFiltersDocument,
    "\n  mutation SavePortfolioFilter($input: SavePortfolioFilterInput!) {\n    savePortfolioFilter(input: $input) {\n      id\n      name\n      settings\n    }\n  }\n": typeof types.SavePortfolioFilterDocument,
    "\n  mutation CreateRelationship($input: CreateRelationshipInput!) {\n    createRelationship(input: $input) {\n      id\n      sourceId\n      targetId\n    }\n  }\n": typeof types.CreateRelationshipDocument,
    "\n  query ElementList($modelId: ID!, $filter: ElementFilterInput, $first: Int!, $after: String) {\n    elements(modelId: $modelId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        type\n        specialization\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ElementListDocument,
    "\n  query Folders($modelId: ID!) {\n    folders(modelId: $modelId) {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n": typeof types.FoldersDocument,
    "\n  query SearchElements($text: String!, $modelId: ID, $first: Int!) {\n    search(text: $text, modelId: $modelId, first: $first) {\n      id\n      modelId\n      name\n      type\n      specialization\n    }\n  }\n": typeof types.SearchElementsDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ViewFields on View {\n    id\n    modelId\n    version\n    kind\n    name\n    documentation\n    viewpoint\n    nodes {\n      id\n      kind\n      parentId\n      elementId\n      viewRefId\n      label\n      documentation\n      x\n      y\n      width\n      height\n      style\n      pinned\n      sortOrder\n    }\n    connections {\n      id\n      kind\n      relationshipId\n      sourceId\n      targetId\n      bendpoints\n      label\n      documentation\n      style\n      sortOrder\n    }\n  }\n": types.ViewFieldsFragmentDoc,
    "\n  query ViewWithModel($id: ID!) {\n    view(id: $id) {\n      ...ViewFields\n    }\n    viewModel(viewId: $id)\n  }\n": types.ViewWithModelDocument,
    "\n  query ViewList($modelId: ID!) {\n    views(modelId: $modelId) {\n      id\n      name\n      kind\n      viewpoint\n    }\n  }\n": types.ViewListDocument,
    "\n  mutation ApplyViewCommands($viewId: ID!, $expectedVersion: Int!, $commands: [JSON!]!) {\n    applyViewCommands(viewId: $viewId, expectedVersion: $expectedVersion, commands: $commands) {\n      ...ViewFields\n    }\n  }\n": types.ApplyViewCommandsDocument,
    "\n  mutation GenerateView($input: GenerateViewInput!) {\n    generateView(input: $input) {\n      id\n      modelId\n    }\n  }\n": types.GenerateViewDocument,
    "\n  mutation CreateView($input: CreateViewInput!) {\n    createView(input: $input) {\n      id\n      modelId\n    }\n  }\n": types.CreateViewDocument,
    "\n  mutation CreateElement($input: CreateElementInput!) {\n    createElement(input: $input) {\n      id\n      modelId\n    }\n  }\n": types.CreateElementDocument,
    "\n  mutation UpdateElement($input: UpdateElementInput!) {\n    updateElement(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateElementDocument,
    "\n  mutation DeleteElement($id: ID!, $expectedVersion: Int!) {\n    deleteElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.DeleteElementDocument,
    "\n  mutation RestoreElement($id: ID!, $expectedVersion: Int!) {\n    restoreElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.RestoreElementDocument,
    "\n  query ElementDetail($id: ID!) {\n    element(id: $id) {\n      id\n      modelId\n      identifier\n      type\n      specialization\n      name\n      documentation\n      folderId\n      version\n      deletedAt\n      updatedAt\n      properties {\n        definitionId\n        value\n      }\n      outgoing {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        targetId\n        target {\n          id\n          name\n          type\n        }\n      }\n      incoming {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        sourceId\n        source {\n          id\n          name\n          type\n        }\n      }\n      usedInViews {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ElementDetailDocument,
    "\n  mutation UpdateModelVisibility($input: UpdateModelInput!) {\n    updateModel(input: $input) {\n      id\n      visibility\n      version\n    }\n  }\n": types.UpdateModelVisibilityDocument,
    "\n  query Model($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      state\n      visibility\n      version\n      canEdit\n      organization {\n        id\n        name\n        myRole\n      }\n    }\n  }\n": types.ModelDocument,
    "\n  query PropertyDefinitions($id: ID!) {\n    model(id: $id) {\n      id\n      propertyDefinitions {\n        identifier\n        name\n        dataType\n      }\n    }\n  }\n": types.PropertyDefinitionsDocument,
    "\n  query OrganizationsAndModels {\n    organizations {\n      id\n      name\n      slug\n      kind\n      myRole\n    }\n    models {\n      id\n      name\n      kind\n      state\n      visibility\n      canEdit\n      organizationId\n    }\n  }\n": types.OrganizationsAndModelsDocument,
    "\n  query Portfolio($modelId: ID!) {\n    portfolio(modelId: $modelId) {\n      totalCount\n      models {\n        id\n        organizationId\n        canEdit\n      }\n      attributes {\n        key\n        identifier\n        label\n        kind\n        group\n        valueList\n      }\n      valueLists {\n        organizationId\n        canEdit\n        lists {\n          key\n          label\n          version\n          values {\n            code\n            label\n          }\n        }\n      }\n      rows {\n        elementId\n        identifier\n        version\n        specialization\n        name\n        documentation\n        values\n        legalMissing\n        interfaces {\n          relationshipId\n          direction\n          partnerName\n          transferMethod\n        }\n        dataResources {\n          elementId\n          name\n        }\n      }\n    }\n  }\n": types.PortfolioDocument,
    "\n  mutation UpdatePortfolioCell($input: UpdatePortfolioCellInput!) {\n    updatePortfolioCell(input: $input) {\n      elementId\n      version\n      name\n      documentation\n      values\n      legalMissing\n    }\n  }\n": types.UpdatePortfolioCellDocument,
    "\n  query PortfolioSavedFilters($modelId: ID) {\n    portfolioSavedFilters(modelId: $modelId) {\n      id\n      name\n      settings\n    }\n  }\n": types.PortfolioSavedFiltersDocument,
    "\n  mutation SavePortfolioFilter($input: SavePortfolioFilterInput!) {\n    savePortfolioFilter(input: $input) {\n      id\n      name\n      settings\n    }\n  }\n": types.SavePortfolioFilterDocument,
    "\n  mutation CreateRelationship($input: CreateRelationshipInput!) {\n    createRelationship(input: $input) {\n      id\n      sourceId\n      targetId\n    }\n  }\n": types.CreateRelationshipDocument,
    "\n  query ElementList($modelId: ID!, $filter: ElementFilterInput, $first: Int!, $after: String) {\n    elements(modelId: $modelId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        type\n        specialization\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ElementListDocument,
    "\n  query Folders($modelId: ID!) {\n    folders(modelId: $modelId) {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n": types.FoldersDocument,
    "\n  query SearchElements($text: String!, $modelId: ID, $first: Int!) {\n    search(text: $text, modelId: $modelId, first: $first) {\n      id\n      modelId\n      name\n      type\n      specialization\n    }\n  }\n": types.SearchElementsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        organizationId\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewFields on View {\n    id\n    modelId\n    version\n    kind\n    name\n    documentation\n    viewpoint\n    nodes {\n      id\n      kind\n      parentId\n      elementId\n      viewRefId\n      label\n      documentation\n      x\n      y\n      width\n      height\n      style\n      pinned\n      sortOrder\n    }\n    connections {\n      id\n      kind\n      relationshipId\n      sourceId\n      targetId\n      bendpoints\n      label\n      documentation\n      style\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  fragment ViewFields on View {\n    id\n    modelId\n    version\n    kind\n    name\n    documentation\n    viewpoint\n    nodes {\n      id\n      kind\n      parentId\n      elementId\n      viewRefId\n      label\n      documentation\n      x\n      y\n      width\n      height\n      style\n      pinned\n      sortOrder\n    }\n    connections {\n      id\n      kind\n      relationshipId\n      sourceId\n      targetId\n      bendpoints\n      label\n      documentation\n      style\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewWithModel($id: ID!) {\n    view(id: $id) {\n      ...ViewFields\n    }\n    viewModel(viewId: $id)\n  }\n"): (typeof documents)["\n  query ViewWithModel($id: ID!) {\n    view(id: $id) {\n      ...ViewFields\n    }\n    viewModel(viewId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewList($modelId: ID!) {\n    views(modelId: $modelId) {\n      id\n      name\n      kind\n      viewpoint\n    }\n  }\n"): (typeof documents)["\n  query ViewList($modelId: ID!) {\n    views(modelId: $modelId) {\n      id\n      name\n      kind\n      viewpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyViewCommands($viewId: ID!, $expectedVersion: Int!, $commands: [JSON!]!) {\n    applyViewCommands(viewId: $viewId, expectedVersion: $expectedVersion, commands: $commands) {\n      ...ViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyViewCommands($viewId: ID!, $expectedVersion: Int!, $commands: [JSON!]!) {\n    applyViewCommands(viewId: $viewId, expectedVersion: $expectedVersion, commands: $commands) {\n      ...ViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateView($input: GenerateViewInput!) {\n    generateView(input: $input) {\n      id\n      modelId\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateView($input: GenerateViewInput!) {\n    generateView(input: $input) {\n      id\n      modelId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateView($input: CreateViewInput!) {\n    createView(input: $input) {\n      id\n      modelId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateView($input: CreateViewInput!) {\n    createView(input: $input) {\n      id\n      modelId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateElement($input: CreateElementInput!) {\n    createElement(input: $input) {\n      id\n      modelId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateElement($input: CreateElementInput!) {\n    createElement(input: $input) {\n      id\n      modelId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateElement($input: UpdateElementInput!) {\n    updateElement(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateElement($input: UpdateElementInput!) {\n    updateElement(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteElement($id: ID!, $expectedVersion: Int!) {\n    deleteElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteElement($id: ID!, $expectedVersion: Int!) {\n    deleteElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreElement($id: ID!, $expectedVersion: Int!) {\n    restoreElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreElement($id: ID!, $expectedVersion: Int!) {\n    restoreElement(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementDetail($id: ID!) {\n    element(id: $id) {\n      id\n      modelId\n      identifier\n      type\n      specialization\n      name\n      documentation\n      folderId\n      version\n      deletedAt\n      updatedAt\n      properties {\n        definitionId\n        value\n      }\n      outgoing {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        targetId\n        target {\n          id\n          name\n          type\n        }\n      }\n      incoming {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        sourceId\n        source {\n          id\n          name\n          type\n        }\n      }\n      usedInViews {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElementDetail($id: ID!) {\n    element(id: $id) {\n      id\n      modelId\n      identifier\n      type\n      specialization\n      name\n      documentation\n      folderId\n      version\n      deletedAt\n      updatedAt\n      properties {\n        definitionId\n        value\n      }\n      outgoing {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        targetId\n        target {\n          id\n          name\n          type\n        }\n      }\n      incoming {\n        id\n        type\n        accessType\n        influenceStrength\n        isDirected\n        sourceId\n        source {\n          id\n          name\n          type\n        }\n      }\n      usedInViews {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModelVisibility($input: UpdateModelInput!) {\n    updateModel(input: $input) {\n      id\n      visibility\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModelVisibility($input: UpdateModelInput!) {\n    updateModel(input: $input) {\n      id\n      visibility\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Model($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      state\n      visibility\n      version\n      canEdit\n      organization {\n        id\n        name\n        myRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query Model($id: ID!) {\n    model(id: $id) {\n      id\n      name\n      kind\n      state\n      visibility\n      version\n      canEdit\n      organization {\n        id\n        name\n        myRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyDefinitions($id: ID!) {\n    model(id: $id) {\n      id\n      propertyDefinitions {\n        identifier\n        name\n        dataType\n      }\n    }\n  }\n"): (typeof documents)["\n  query PropertyDefinitions($id: ID!) {\n    model(id: $id) {\n      id\n      propertyDefinitions {\n        identifier\n        name\n        dataType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsAndModels {\n    organizations {\n      id\n      name\n      slug\n      kind\n      myRole\n    }\n    models {\n      id\n      name\n      kind\n      state\n      visibility\n      canEdit\n      organizationId\n    }\n  }\n"): (typeof documents)["\n  query OrganizationsAndModels {\n    organizations {\n      id\n      name\n      slug\n      kind\n      myRole\n    }\n    models {\n      id\n      name\n      kind\n      state\n      visibility\n      canEdit\n      organizationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portfolio($modelId: ID!) {\n    portfolio(modelId: $modelId) {\n      totalCount\n      models {\n        id\n        organizationId\n        canEdit\n      }\n      attributes {\n        key\n        identifier\n        label\n        kind\n        group\n        valueList\n      }\n      valueLists {\n        organizationId\n        canEdit\n        lists {\n          key\n          label\n          version\n          values {\n            code\n            label\n          }\n        }\n      }\n      rows {\n        elementId\n        identifier\n        version\n        specialization\n        name\n        documentation\n        values\n        legalMissing\n        interfaces {\n          relationshipId\n          direction\n          partnerName\n          transferMethod\n        }\n        dataResources {\n          elementId\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Portfolio($modelId: ID!) {\n    portfolio(modelId: $modelId) {\n      totalCount\n      models {\n        id\n        organizationId\n        canEdit\n      }\n      attributes {\n        key\n        identifier\n        label\n        kind\n        group\n        valueList\n      }\n      valueLists {\n        organizationId\n        canEdit\n        lists {\n          key\n          label\n          version\n          values {\n            code\n            label\n          }\n        }\n      }\n      rows {\n        elementId\n        identifier\n        version\n        specialization\n        name\n        documentation\n        values\n        legalMissing\n        interfaces {\n          relationshipId\n          direction\n          partnerName\n          transferMethod\n        }\n        dataResources {\n          elementId\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePortfolioCell($input: UpdatePortfolioCellInput!) {\n    updatePortfolioCell(input: $input) {\n      elementId\n      version\n      name\n      documentation\n      values\n      legalMissing\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePortfolioCell($input: UpdatePortfolioCellInput!) {\n    updatePortfolioCell(input: $input) {\n      elementId\n      version\n      name\n      documentation\n      values\n      legalMissing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioSavedFilters($modelId: ID) {\n    portfolioSavedFilters(modelId: $modelId) {\n      id\n      name\n      settings\n    }\n  }\n"): (typeof documents)["\n  query PortfolioSavedFilters($modelId: ID) {\n    portfolioSavedFilters(modelId: $modelId) {\n      id\n      name\n      settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePortfolioFilter($input: SavePortfolioFilterInput!) {\n    savePortfolioFilter(input: $input) {\n      id\n      name\n      settings\n    }\n  }\n"): (typeof documents)["\n  mutation SavePortfolioFilter($input: SavePortfolioFilterInput!) {\n    savePortfolioFilter(input: $input) {\n      id\n      name\n      settings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRelationship($input: CreateRelationshipInput!) {\n    createRelationship(input: $input) {\n      id\n      sourceId\n      targetId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRelationship($input: CreateRelationshipInput!) {\n    createRelationship(input: $input) {\n      id\n      sourceId\n      targetId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementList($modelId: ID!, $filter: ElementFilterInput, $first: Int!, $after: String) {\n    elements(modelId: $modelId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        type\n        specialization\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ElementList($modelId: ID!, $filter: ElementFilterInput, $first: Int!, $after: String) {\n    elements(modelId: $modelId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        type\n        specialization\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Folders($modelId: ID!) {\n    folders(modelId: $modelId) {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query Folders($modelId: ID!) {\n    folders(modelId: $modelId) {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchElements($text: String!, $modelId: ID, $first: Int!) {\n    search(text: $text, modelId: $modelId, first: $first) {\n      id\n      modelId\n      name\n      type\n      specialization\n    }\n  }\n"): (typeof documents)["\n  query SearchElements($text: String!, $modelId: ID, $first: Int!) {\n    search(text: $text, modelId: $modelId, first: $first) {\n      id\n      modelId\n      name\n      type\n      specialization\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;