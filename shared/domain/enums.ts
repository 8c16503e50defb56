import { z } from 'zod';
import {
  anchorStates,
  claimKinds,
  claimStatuses,
  draftFormats,
  publicationDateSources,
  stances,
} from './enum-values';

export * from './enum-values';

export const ClaimStatusSchema = z.enum(claimStatuses);
export const StanceSchema = z.enum(stances);
export const ClaimKindSchema = z.enum(claimKinds);
export const DraftFormatSchema = z.enum(draftFormats);
export const PublicationDateSourceSchema = z.enum(publicationDateSources);
export const AnchorStateSchema = z.enum(anchorStates);
