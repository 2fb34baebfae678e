interface Candidate {
  id: string;
  canEdit: boolean;
  organizationId: string;
}

/**
 * The model to open when the URL names none: one the user may edit in their own organisation,
 * else any editable one, else the first they may read.
 */
export function chooseDefaultModel<T extends Candidate>(
  models: readonly T[],
  ownOrganizationIds: readonly string[],
): T | undefined {
  const own = (m: T) => ownOrganizationIds.includes(m.organizationId);
  return (
    models.find((m) => m.canEdit && own(m)) ??
    models.find((m) => m.canEdit) ??
    models.find(own) ??
    models[0]
  );
}
