/** The rule registry: codes are stable and never reused. */
import type { Rule } from './types';
import { missingFacets } from './MLO001-missing-facets';
import { silentFailure } from './MLO002-silent-failure';
import { unpinnedModel } from './MLO003-unpinned-model';
import { unrecordedModelIdentity } from './MLO004-unrecorded-model-identity';
import { unjoinablePrediction } from './MLO005-unjoinable-prediction';
import { missingServiceFacets } from './MLO006-missing-service-facets';

export const RULES: readonly Rule[] = [missingFacets, silentFailure, unpinnedModel, unrecordedModelIdentity, unjoinablePrediction, missingServiceFacets];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find(r => r.meta.code === code);
}

export type { Rule, RuleMeta, RuleDocs, Severity, RawFinding } from './types';
