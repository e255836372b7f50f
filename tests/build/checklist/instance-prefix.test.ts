import { describe, expect, it } from 'vitest';
import { instancePrefix } from '~/build/checklist/instance-prefix';

describe('instancePrefix', () => {
  it('gives the first copy on a page the base itself and numbers the next ones', () => {
    const locals = {};
    expect(instancePrefix(locals, 'checklist')).toBe('checklist');
    expect(instancePrefix(locals, 'checklist')).toBe('checklist-2');
    expect(instancePrefix(locals, 'checklist')).toBe('checklist-3');
  });

  it('counts each base on its own', () => {
    const locals = {};
    expect(instancePrefix(locals, 'checklist-progress')).toBe('checklist-progress');
    expect(instancePrefix(locals, 'checklist')).toBe('checklist');
  });

  it('starts again for every rendering of a page, as a reload in the dev server renders it anew', () => {
    expect(instancePrefix({}, 'checklist')).toBe('checklist');
    expect(instancePrefix({}, 'checklist')).toBe('checklist');
  });
});
