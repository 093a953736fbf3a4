import { describe, expect, it } from 'vitest';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { topLevelKeys } from '../../support/json-keys.js';

describe('log lines', () => {
  it('carry a key bound twice once, with the value bound last', () => {
    const lines: string[] = [];
    const root = createRootLogger('info', { pretty: false, destination: { write: (line: string) => void lines.push(line) } });
    root.child({ component: 'notify' }).child({ component: 'mail', kind: 'alert' }).child({ docId: 'd1' }).info({ n: 1 }, 'sent');
    expect(lines).toHaveLength(1);
    expect(topLevelKeys(lines[0]!)).toEqual(['level', 'time', 'service', 'component', 'kind', 'docId', 'n', 'msg']);
    expect(JSON.parse(lines[0]!)).toMatchObject({ component: 'mail', kind: 'alert', docId: 'd1', n: 1, msg: 'sent' });
  });
});
