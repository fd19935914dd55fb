import * as z from 'zod';
import { createLifecycleMachine } from '../src/lifecycle/machine.js';
import { lifecycleStatechart } from '../src/lifecycle/statechart.js';
import { ObjectiveContent } from '../src/objectives/objective.js';
import { defaultProfile } from '../src/profiles/default.js';
import { Assessment } from '../src/schema/assessment.js';
import { Profile } from '../src/schema/profile.js';

/** The generated documents, by path from the repository root. Pure, so the drift tests can call it. */
export function generatedDocs(): Record<string, string> {
  return {
    'docs/schema/assessment.schema.json': jsonSchema(
      Assessment,
      'assessment',
      'An equality impact assessment',
    ),
    'docs/schema/objective.schema.json': jsonSchema(
      ObjectiveContent,
      'objective',
      'An equality objective, as an answers file for `eqia objectives new` gives it',
    ),
    'docs/schema/profile.schema.json': jsonSchema(Profile, 'profile', 'An organisation profile for eqia'),
    'docs/statechart.md': statechartPage(),
  };
}

function jsonSchema(schema: z.core.$ZodType, name: string, title: string): string {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const document = { $id: `https://eqia.dev/schema/${name}.schema.json`, title, ...generated };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function statechartPage(): string {
  const chain = defaultProfile.approvalChain;
  const diagram = lifecycleStatechart(createLifecycleMachine(chain));
  return `<!-- Generated from the lifecycle machine by packages/core/scripts/generate-docs.ts. Do not edit: run \`pnpm --filter @eqia/core generate\`. -->

# The assessment lifecycle

Every assessment moves through this statechart (\`packages/core/src/lifecycle/machine.ts\`). The diagram is
drawn from the machine itself, for the default profile's approval chain: ${chain.map((stage) => stage.label).join(' → ')}.
An assessment pinned to another chain has one \`in_review\` sub-state per stage of that chain, in order.

Arrows are labelled \`event [guard]\`. Events listed inside a state are handled without leaving it (edits,
comments, verdicts, action updates…). \`withdraw\` is accepted in every state that is not final. The guards
are in \`packages/core/src/lifecycle/guards.ts\`; each refusal becomes a typed error saying why.

\`\`\`mermaid
${diagram}\`\`\`
`;
}
