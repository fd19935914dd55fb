import { msg } from '../../messages/ui-language.js';
import type { StepTools } from '../step.js';
import { otherGroupName } from './fields.js';
import { askNamedList } from './named-list.js';

/**
 * Groups the policy affects that the profile's audiences do not name. Asked with the audiences, so that
 * engagement and impacts can point at them.
 */
export async function askOtherGroups(tools: StepTools): Promise<void> {
  const { save, assessment } = tools;
  await askNamedList(tools, {
    context: [msg.fields.otherGroupsGuidance],
    recorded: () => assessment().policy.otherGroups.map((group) => otherGroupName(assessment(), group)),
    label: (m) => m.fields.otherGroup,
    add: (group) => {
      const id = slug(group, assessment().policy.otherGroups.length + 1);
      return save(
        'policy',
        (policy) => void policy.otherGroups.push({ id, label: group, description: '' }),
        msg.fields.savedOtherGroup({ group }),
      );
    },
  });
}

/** A group's id from its name: lower-case words joined by underscores, numbered if nothing is left. */
function slug(text: string, n: number): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(words) ? words.slice(0, 60) : `group_${n}`;
}
