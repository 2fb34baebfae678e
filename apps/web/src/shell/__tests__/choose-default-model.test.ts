import { chooseDefaultModel } from '../choose-default-model';

const m = (id: string, organizationId: string, canEdit: boolean) => ({
  id,
  organizationId,
  canEdit,
});

describe('chooseDefaultModel', () => {
  it('prefers an editable model of the user’s own organisation', () => {
    const models = [m('ref', 'vm', false), m('other', 'x', true), m('own', 'pk', true)];
    expect(chooseDefaultModel(models, ['pk'])?.id).toBe('own');
  });

  it('falls back to any editable, then own, then the first model', () => {
    expect(chooseDefaultModel([m('a', 'x', false), m('b', 'y', true)], ['pk'])?.id).toBe('b');
    expect(chooseDefaultModel([m('a', 'x', false), m('b', 'pk', false)], ['pk'])?.id).toBe('b');
    expect(chooseDefaultModel([m('a', 'x', false)], ['pk'])?.id).toBe('a');
    expect(chooseDefaultModel([], ['pk'])).toBeUndefined();
  });
});
