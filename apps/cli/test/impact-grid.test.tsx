import { cafcassProfile } from '@eqia/core';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ImpactGrid } from '../src/wizard/ImpactGrid.js';
import { seededClient } from './support/wizard.js';

describe('the summary impact grid', () => {
  it('cuts no name: long characteristic and audience names are shown whole, wrapped in their column', async () => {
    const client = await seededClient({
      policy: {
        title: 'Walk-in offices',
        audiences: ['children_young_people', 'parents_carers_families', 'staff', 'partners_public'],
      },
    });
    const { assessment } = await client.get('wiz');
    const { lastFrame, unmount } = render(<ImpactGrid assessment={assessment} profile={cafcassProfile} />);
    const frame = lastFrame() ?? '';
    unmount();
    expect(frame).not.toContain('…');
    expect(frame).toContain('Marriage and civil partnership');
    // Read the heading column by column: each audience's name comes back whole.
    const names = [
      'Children and young people',
      'Parents, carers and families',
      'Staff',
      'Partners and the public',
    ];
    const heading = frame.split('\n').slice(0, 3);
    const starts = names.map((name) => heading[0]?.indexOf(name.split(' ')[0] ?? '') ?? -1);
    names.forEach((name, index) => {
      expect(starts[index]).toBeGreaterThan(0);
      const inColumn = heading.map((line) => line.slice(starts[index], starts[index + 1]).trim());
      expect(inColumn.join(' ').replace(/\s+/g, ' ').trim().startsWith(name)).toBe(true);
    });
  });
});
