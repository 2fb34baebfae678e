/** The element columns the API returns (not the search vector, which is large and internal). */
export const ELEMENT_COLUMNS = [
  'id',
  'model_id',
  'identifier',
  'type',
  'specialization',
  'name',
  'documentation',
  'properties',
  'folder_id',
  'reference_element_id',
  'version',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
  'deleted_at',
];
