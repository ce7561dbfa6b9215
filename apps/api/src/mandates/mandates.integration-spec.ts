import { startTestApp } from '../../test/test-app';
import { describeSeatRules } from './testing/seat-rules';

describe('seat and mandate rules on PostgreSQL', () => {
  describeSeatRules(() => startTestApp());
});
