/**
 * The names of the IPC contract's channels, with no dependencies, so the sandboxed preload can check
 * a channel without bundling the schemas. `contract.ts` must give every name a schema (checked by types).
 */
export const channelNames = [
  'app:info',
  'app:setChecker',
  'projects:recent',
  'project:create',
  'project:open',
  'project:current',
  'project:close',
  'dialog:chooseProjectFolder',
  'dialog:chooseDrafts',
  'documents:importFiles',
  'documents:importText',
  'document:get',
  'claims:page',
  'claim:get',
  'claim:setStatus',
  'claim:setNote',
  'claim:addCitation',
  'claim:removeCitation',
  'claim:updateCitation',
  'claim:add',
  'claim:dismiss',
  'claims:merge',
  'claim:split',
  'document:reextract',
  'documents:importProgress',
  'edit:undo',
  'claim:setAssignee',
  'sources:list',
  'edit:redo',
  'project:setMethodology',
  'documents:importBytes',
  'report:export',
  'dialog:saveReport',
  'backups:list',
  'backups:restore',
  'project:pendingOpen',
  'document:revise',
  'document:reviseFile',
  'document:versions',
  'document:diff',
  'app:about',
  'dialog:chooseCitationFile',
  'citation:uploadFile',
  'citations:export',
  'citations:import',
  'edit:state',
  'claim:setStatement',
  'document:setDate',
  'document:setLanguage',
  'desk:status',
  'desk:share',
  'desk:sync',
  'document:remove',
  'document:rename',
  'claim:approve',
  'claim:withdrawApproval',
  'claim:tick',
  'project:setChecklists',
  'claim:checkedBefore',
  'claim:reuseCitations',
  'archives:list',
  'archives:add',
  'archives:remove',
  'dialog:chooseArchiveFolder',
] as const;

export type ChannelName = (typeof channelNames)[number];

const known = new Set<string>(channelNames);

/** True when `value` names a channel of the contract. */
export function isChannel(value: unknown): value is ChannelName {
  return typeof value === 'string' && known.has(value);
}
