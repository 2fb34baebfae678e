import { filterPortfolio, groupRows, lifecyclePhases } from '../portfolio-rows';

const row = (id: string, fi: string, values: Record<string, string>, legalMissing: string[] = []) => ({
  elementId: id,
  identifier: id,
  name: { fi },
  values,
  legalMissing,
});

describe('portfolio rows', () => {
  const rows = [
    row('a', 'Potilastieto', { lifecycleState: 'Tuotannossa', domain: 'Sote' }),
    row('b', 'Talous', { lifecycleState: 'Poistumassa', domain: 'Hallinto' }, ['PURPOSE']),
    row('c', 'Asiointi', { lifecycleState: 'Tuotannossa' }),
  ];

  it('filters by words, attribute value and legal findings', () => {
    expect(filterPortfolio(rows, { text: 'pot', attribute: '', value: '', legalOnly: false }).map((r) => r.elementId)).toEqual(['a']);
    expect(filterPortfolio(rows, { text: '', attribute: 'lifecycleState', value: 'Tuotannossa', legalOnly: false }).map((r) => r.elementId)).toEqual(['a', 'c']);
    expect(filterPortfolio(rows, { text: '', attribute: '', value: '', legalOnly: true }).map((r) => r.elementId)).toEqual(['b']);
  });

  it('groups with headers, empty group last', () => {
    expect(groupRows(rows, 'domain').map((i) => (i.kind === 'group' ? `#${i.key}:${i.count}` : i.row.elementId))).toEqual([
      '#Hallinto:1', 'b', '#Sote:1', 'a', '#:1', 'c',
    ]);
  });

  it('lays out lifecycle phases by year', () => {
    const years = [2020, 2024, 2025, 2026, 2027];
    expect(lifecyclePhases({ introducedYear: '2022', retirementYear: '2027', lifecycleState: 'Poistumassa' }, years, 2025)).toEqual([
      'none', 'production', 'retiring', 'retiring', 'retired',
    ]);
    expect(lifecyclePhases({ introducedYear: '2026', lifecycleState: 'Suunnitteilla' }, years, 2025)).toEqual([
      'planned', 'planned', 'planned', 'production', 'production',
    ]);
    expect(lifecyclePhases({}, years, 2025)).toEqual(['none', 'none', 'none', 'none', 'none']);
  });
});
