export * from './operations';
export { applyClaimOperation, canAmendNote, describeCitation } from './claim-operations';
export { claimFromFound, hasWork } from './structural-operations';
export {
  applyOperations,
  absentClaims,
  isClaimOperation,
  presentClaims,
  type AppliedChange,
} from './apply-operations';
