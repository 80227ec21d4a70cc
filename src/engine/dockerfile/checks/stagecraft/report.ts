import type { Span } from '../buildkit/report';
import type { StagecraftRuleKey } from './catalogue';

export type StagecraftEmit = (rule: StagecraftRuleKey, message: string, span: Span) => void;
