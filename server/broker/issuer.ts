// Where credentials come from: the local minter (oss-local) or Alibaba Cloud STS (AssumeRole).
import type { SessionPolicy } from './session-policy';

export interface IssueRequest {
  /** operator identity, for audit */
  operator: string;
  /** RoleSessionName derived from the operator identity */
  sessionName: string;
  policy: SessionPolicy;
  durationSeconds: number;
}

export interface IssuedCredentials {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  /** ISO 8601 UTC */
  Expiration: string;
}

export interface CredentialIssuer {
  issue(request: IssueRequest): Promise<IssuedCredentials>;
}
