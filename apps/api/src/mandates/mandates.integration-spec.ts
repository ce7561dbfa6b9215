import { startTestApp } from '../../test/test-app';
import { describeSeatRules } from './seat-rules.shared';

describe('seat and mandate rules on PostgreSQL', () => {
  describeSeatRules(() => startTestApp());
});
