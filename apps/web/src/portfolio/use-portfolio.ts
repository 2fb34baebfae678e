import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, gqlRequest, type PortfolioQuery } from '@kartasto/graphql';

const PortfolioDocument = graphql(`
  query Portfolio($modelId: ID!) {
    portfolio(modelId: $modelId) {
      totalCount
      models {
        id
        organizationId
        canEdit
      }
      attributes {
        key
        identifier
        label
        kind
        group
        valueList
      }
      valueLists {
        organizationId
        canEdit
        lists {
          key
          label
          version
          values {
            code
            label
          }
        }
      }
      rows {
        elementId
        identifier
        version
        specialization
        name
        documentation
        values
        legalMissing
        interfaces {
          relationshipId
          direction
          partnerName
          transferMethod
        }
        dataResources {
          elementId
          name
        }
      }
    }
  }
`);

const UpdateCellDocument = graphql(`
  mutation UpdatePortfolioCell($input: UpdatePortfolioCellInput!) {
    updatePortfolioCell(input: $input) {
      elementId
      version
      name
      documentation
      values
      legalMissing
    }
  }
`);

const SavedFiltersDocument = graphql(`
  query PortfolioSavedFilters($modelId: ID) {
    portfolioSavedFilters(modelId: $modelId) {
      id
      name
      settings
    }
  }
`);

const SaveFilterDocument = graphql(`
  mutation SavePortfolioFilter($input: SavePortfolioFilterInput!) {
    savePortfolioFilter(input: $input) {
      id
      name
      settings
    }
  }
`);

type RawPortfolio = PortfolioQuery['portfolio'];
/** A row with its attribute values typed (the API sends them as a JSON object of strings). */
export type PortfolioRowData = Omit<RawPortfolio['rows'][number], 'values'> & { values: Record<string, string> };
export type PortfolioData = Omit<RawPortfolio, 'rows'> & { rows: PortfolioRowData[] };
export type PortfolioAttribute = PortfolioData['attributes'][number];

// Module-level so react-query re-runs it only when the data changes.
const selectPortfolio = (data: PortfolioQuery): PortfolioData => data.portfolio as PortfolioData;

export function usePortfolio(modelId: string) {
  return useQuery({
    queryKey: ['portfolio', modelId],
    queryFn: () => gqlRequest(PortfolioDocument, { modelId }),
    select: selectPortfolio,
  });
}

/** One cell edit; on success the row in the cache is replaced, so 10,000 rows are not refetched. */
export function useUpdatePortfolioCell(modelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { elementId: string; expectedVersion: number; attribute: string; value: string | null }) =>
      gqlRequest(UpdateCellDocument, { input }),
    onSuccess: ({ updatePortfolioCell: row }) =>
      client.setQueryData<PortfolioQuery>(['portfolio', modelId], (old) =>
        old
          ? {
              portfolio: {
                ...old.portfolio,
                rows: old.portfolio.rows.map((r) => (r.elementId === row.elementId ? { ...r, ...row } : r)),
              },
            }
          : old,
      ),
  });
}

export function useSavedFilters(modelId: string) {
  return useQuery({
    queryKey: ['portfolio-filters', modelId],
    queryFn: () => gqlRequest(SavedFiltersDocument, { modelId }),
    select: (data) => data.portfolioSavedFilters,
  });
}

export function useSaveFilter(modelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; settings: unknown }) =>
      gqlRequest(SaveFilterDocument, { input: { modelId, ...input } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['portfolio-filters', modelId] }),
  });
}
