// The subset of the OSS/RAM policy grammar that session policies use: Effect, Action and Resource with
// `*`/`?` wildcards, and Condition with String* operators on request keys such as oss:Prefix.
// Evaluation follows RAM: an explicit Deny wins, then any Allow, else no decision (implicit deny).
import { z } from 'zod';

const oneOrMany = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (typeof v === 'string' ? [v] : v));

const statementSchema = z.object({
  Effect: z.enum(['Allow', 'Deny']),
  Action: oneOrMany,
  Resource: oneOrMany,
  Condition: z.record(z.string(), z.record(z.string(), oneOrMany)).optional(),
});

export const policySchema = z.object({
  Version: z.string().optional(),
  Statement: z.array(statementSchema),
});

export type Policy = z.infer<typeof policySchema>;
type Statement = Policy['Statement'][number];

export interface PolicyRequest {
  /** e.g. oss:GetObject */
  action: string;
  /** e.g. acs:oss:cn-local:1000000000000001:examplebucket/photos/a.png */
  resource: string;
  /** condition keys of this request, e.g. { 'oss:Prefix': 'photos/' } */
  context: Readonly<Record<string, string | undefined>>;
}

export type PolicyDecision = 'allow' | 'deny' | 'none';

function globToRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '.*' : c === '?' ? '.' : `\\${c}`));
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
}

export function globMatch(pattern: string, text: string, ignoreCase = false): boolean {
  return globToRegExp(pattern, ignoreCase).test(text);
}

type ConditionTest = (value: string | undefined, patterns: readonly string[]) => boolean;

const OPERATORS: Readonly<Record<string, ConditionTest>> = {
  StringEquals: (v, ps) => v !== undefined && ps.includes(v),
  StringNotEquals: (v, ps) => v === undefined || !ps.includes(v),
  StringEqualsIgnoreCase: (v, ps) => v !== undefined && ps.some((p) => p.toLowerCase() === v.toLowerCase()),
  StringNotEqualsIgnoreCase: (v, ps) =>
    v === undefined || !ps.some((p) => p.toLowerCase() === v.toLowerCase()),
  StringLike: (v, ps) => v !== undefined && ps.some((p) => globMatch(p, v)),
  StringNotLike: (v, ps) => v === undefined || !ps.some((p) => globMatch(p, v)),
};

/** All conditions must hold. An operator oss-local does not know never holds, so it cannot widen access. */
function conditionsHold(statement: Statement, context: PolicyRequest['context']): boolean {
  for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
    const test = OPERATORS[operator];
    if (test === undefined) return false;
    for (const [key, patterns] of Object.entries(keys)) if (!test(context[key], patterns)) return false;
  }
  return true;
}

function statementApplies(statement: Statement, request: PolicyRequest): boolean {
  return (
    statement.Action.some((a) => globMatch(a, request.action, true)) &&
    statement.Resource.some((r) => globMatch(r, request.resource)) &&
    conditionsHold(statement, request.context)
  );
}

export function evaluatePolicy(policy: Policy, request: PolicyRequest): PolicyDecision {
  let allowed = false;
  for (const statement of policy.Statement) {
    if (!statementApplies(statement, request)) continue;
    if (statement.Effect === 'Deny') return 'deny';
    allowed = true;
  }
  return allowed ? 'allow' : 'none';
}
