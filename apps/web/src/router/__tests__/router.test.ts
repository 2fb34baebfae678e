import { elementPath, modelPath, parseRoute } from '../router';

describe('parseRoute', () => {
  it('reads model and element paths', () => {
    expect(parseRoute('/models/m1')).toEqual({ name: 'model', modelId: 'm1' });
    expect(parseRoute('/models/m1/elements/e2')).toEqual({
      name: 'element',
      modelId: 'm1',
      elementId: 'e2',
    });
  });

  it('falls back to home for anything else', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/models')).toEqual({ name: 'home' });
    expect(parseRoute('/elsewhere/x')).toEqual({ name: 'home' });
  });

  it('round-trips the paths it builds, including awkward ids', () => {
    const modelId = 'a b/ä';
    expect(parseRoute(elementPath(modelId, 'e#1'))).toEqual({
      name: 'element',
      modelId,
      elementId: 'e#1',
    });
    expect(parseRoute(modelPath(modelId))).toEqual({ name: 'model', modelId });
  });
});
